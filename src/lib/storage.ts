/** Saving and loading progress in Web Storage, which may be missing, full, partitioned or throwing. */
import type { BankIndex } from '../quiz/bank.ts';
import { parseSavedProgress, type SavedProgress } from '../quiz/saved.ts';
import { NOTICES } from './words.ts';

/** Bump when the saved shape changes; older saves are then discarded with a notice. */
export const STORAGE_FORMAT = 1;
export const STORAGE_KEY = 'ai-readiness:progress';

/** The subset of the Web Storage API the app uses. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadedProgress =
  | { kind: 'none' }
  | { kind: 'saved'; progress: SavedProgress; finished: boolean }
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
export function loadProgress(store: KeyValueStore | null, index: BankIndex): LoadedProgress {
  if (!store) return { kind: 'unavailable' };
  let text: string | null;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (text === null) return { kind: 'none' };
  const discard = (reason: 'other-bank' | 'unreadable' | 'invalid'): LoadedProgress => {
    clearProgress(store);
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
  if (format !== STORAGE_FORMAT) return discard('unreadable');
  if (bankHash !== index.hash) return discard('other-bank');
  const parsed = parseSavedProgress(progress, index);
  return parsed
    ? { kind: 'saved', progress: parsed, finished: finished === true }
    : discard('invalid');
}

/** Saves progress (and whether the check had finished); false when the store refuses (full, or gone). */
export function saveProgress(
  store: KeyValueStore | null,
  index: BankIndex,
  progress: SavedProgress,
  finished = false
): boolean {
  if (!store) return false;
  try {
    const envelope = { format: STORAGE_FORMAT, bankHash: index.hash, finished, progress };
    store.setItem(STORAGE_KEY, JSON.stringify(envelope));
    return true;
  } catch {
    return false;
  }
}

/** Forgets saved progress; a store that throws is ignored. */
export function clearProgress(store: KeyValueStore | null): void {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to clear in a store that cannot be written.
  }
}
