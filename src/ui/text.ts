/** The interface's words for this build's role (questions/areas.yaml): see words.ts. */
import { bankIndex } from 'virtual:question-bank';
import type { Band } from '../quiz/scoring.ts';
import { firstWordsFor } from '../lib/words.ts';

export { capitalized, dateOfDay, plural } from '../lib/words.ts';

/** The role this build's check is for. */
export const role = bankIndex.role;

export const text = firstWordsFor(role);

/** The role's word for a band. */
export const bandLabel = (band: Band): string => role.bands[band];
