/** The interface's words for the screens after the first (see words-later.ts), for this build's role. */
import { wordsFor } from '../lib/words-later.ts';
import { role } from './text.ts';

export { bandLabel, capitalized, dateOfDay, plural, role } from './text.ts';

export const text = wordsFor(role);
