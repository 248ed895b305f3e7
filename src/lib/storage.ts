/** Saving and loading progress in Web Storage, which may be missing, full, partitioned or throwing. */
import type { BankIndex } from '../quiz/bank.ts';
import { parseSavedProgress, type SavedProgress } from '../quiz/saved.ts';
import { NOTICES } from './words.ts';

/**
 * The saved shape's version. 2 added the scoring model's ρ to the run; a format-1 save (made
 * before the higher-order model) is still read, and scored as it was then, each area alone.
 */
export const STORAGE_FORMAT = 2;
const READABLE_FORMATS = [1, 2];
export const STORAGE_KEY = 'ai-readiness:progress';

/** The key of one scope's saved progress: the standalone app's, or one embed's (its options). */
export function progressKey(scope = ''): string {
  return scope ? `${STORAGE_KEY}:${scope}` : STORAGE_KEY;
}

/** The subset of the Web Storage API the app uses. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadedProgress =
  | { kind: 'none' }
  | {
      kind: 'saved';
      progress: SavedProgress;
      finished: boolean;
      /** A finished run made with other questions than today's: shown, with a note. */
      bankChanged: boolean;
    }
  | { kind: 'discarded'; reason: 'other-bank' | 'unreadable' | 'invalid' }
  | { kind: 'unavailable' };

/** What the person is told when saved progress is discarded or cannot be kept. */
export const STORAGE_NOTICES = NOTICES.storage;

/** The page's localStorage when it can really be written, else null (private modes, blocked iframes). */
export function openStorage(): KeyValueStore | null {
  try {
    const storage = globalThis.localStorage;
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Never throws: any stored text gives saved progress, nothing, or a reason it was discarded. */
export function loadProgress(
  store: KeyValueStore | null,
  index: BankIndex,
  key = STORAGE_KEY
): LoadedProgress {
  if (!store) return { kind: 'unavailable' };
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { kind: 'unavailable' };
  }
  if (text === null) return { kind: 'none' };
  const discard = (reason: 'other-bank' | 'unreadable' | 'invalid'): LoadedProgress => {
    clearProgress(store, key);
    return { kind: 'discarded', reason };
  };
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return discard('unreadable');
  }
  if (typeof envelope !== 'object' || envelope === null) return discard('unreadable');
  const { format, bankHash, progress, finished } = envelope as Record<string, unknown>;
  if (typeof format !== 'number' || !READABLE_FORMATS.includes(format))
    return discard('unreadable');
  const bankChanged = bankHash !== index.hash;
  // A run in progress cannot go on with other questions; a finished one is still read.
  if (bankChanged && finished !== true) return discard('other-bank');
  const parsed = parseSavedProgress(progress, index);
  if (!parsed) return discard('invalid');
  const run = format === 1 ? { ...parsed, rho: undefined } : parsed;
  return { kind: 'saved', progress: run, finished: finished === true, bankChanged };
}

/** Saves progress (and whether the check had finished); false when the store refuses (full, or gone). */
export function saveProgress(
  store: KeyValueStore | null,
  index: BankIndex,
  progress: SavedProgress,
  finished = false,
  key = STORAGE_KEY
): boolean {
  if (!store) return false;
  try {
    const envelope = { format: STORAGE_FORMAT, bankHash: index.hash, finished, progress };
    store.setItem(key, JSON.stringify(envelope));
    return true;
  } catch {
    return false;
  }
}

/** Forgets saved progress; a store that throws is ignored. */
export function clearProgress(store: KeyValueStore | null, key = STORAGE_KEY): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to clear in a store that cannot be written.
  }
}
