/**
 * Every finished assessment, kept in the browser per role (and per embed): its result as the share
 * codec writes it (so an attempt on an older bank stays readable, with the same checks a link gets),
 * its answers, and when it ended. This module reads and writes the stored shape only, light enough
 * for the first screen; decoding the results is history-read.ts's, loaded with the screens that
 * show them.
 */
import type { KeyValueStore } from './storage.ts';

export { historyKey } from './history-counts.ts';

/** The version of the stored and exported shape. */
export const HISTORY_FORMAT = 1;

/** The most attempts kept: the oldest go first (a year of weekly checks). */
export const HISTORY_LIMIT = 60;

/** What an export file says it is. */
export const EXPORT_APP = 'ai-readiness-history';

/** How an answer went: right, wrong, or "I don't know". */
export type Outcome = 'right' | 'wrong' | 'unknown';

/** One attempt as stored: plain, compact data. */
export interface Attempt {
  /** Stable for the run: sharpening a result updates its attempt instead of adding one. */
  id: string;
  /** When it ended (ms since 1970, UTC). */
  at: number;
  /** The result, as a share link's payload (checked by the codec when it is read). */
  result: string;
  /** Each answer: question id, its area and how it went, in the order asked. */
  answers: [itemId: string, area: string, outcome: Outcome][];
}

export interface StoredHistory {
  attempts: Attempt[];
  /** Stored attempts that were not well formed, and were left out. */
  dropped: number;
  /** Storage could not be read at all. */
  unavailable: boolean;
}

const ID = /^[a-z0-9-]{1,80}$/;
const PAYLOAD = /^[A-Za-z0-9_-]{1,512}$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const OUTCOMES: readonly Outcome[] = ['right', 'wrong', 'unknown'];

/** A stored or imported attempt, its shape checked field by field; null when anything is off. */
export function parseAttempt(value: unknown): Attempt | null {
  if (!isRecord(value)) return null;
  const { id, at, result, answers } = value;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at > 8.64e15) return null;
  if (typeof result !== 'string' || !PAYLOAD.test(result)) return null;
  if (!Array.isArray(answers) || answers.length > 1000) return null;
  const parsed: Attempt['answers'] = [];
  for (const answer of answers) {
    if (!Array.isArray(answer) || answer.length !== 3) return null;
    const [itemId, area, outcome] = answer as unknown[];
    if (typeof itemId !== 'string' || !ID.test(itemId)) return null;
    if (typeof area !== 'string' || !ID.test(area)) return null;
    if (!OUTCOMES.includes(outcome as Outcome)) return null;
    parsed.push([itemId, area, outcome as Outcome]);
  }
  return { id, at, result, answers: parsed };
}

/** Reads a list of attempts: the well-formed ones, once each, oldest first, and how many were not. */
export function parseAttempts(list: readonly unknown[]): { attempts: Attempt[]; dropped: number } {
  const attempts: Attempt[] = [];
  let dropped = 0;
  for (const value of list) {
    const attempt = parseAttempt(value);
    if (attempt && !attempts.some((other) => other.id === attempt.id)) attempts.push(attempt);
    else dropped++;
  }
  attempts.sort((x, y) => x.at - y.at);
  return { attempts, dropped };
}

/** Never throws: what the store holds under `key`, its shape checked. */
export function loadHistory(store: KeyValueStore | null, key: string): StoredHistory {
  if (!store) return { attempts: [], dropped: 0, unavailable: true };
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { attempts: [], dropped: 0, unavailable: true };
  }
  if (text === null) return { attempts: [], dropped: 0, unavailable: false };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { attempts: [], dropped: 1, unavailable: false };
  }
  // A history of a newer version is not read (and not overwritten until something is saved).
  if (!isRecord(stored) || stored.format !== HISTORY_FORMAT || !Array.isArray(stored.attempts))
    return { attempts: [], dropped: 1, unavailable: false };
  return { ...parseAttempts(stored.attempts), unavailable: false };
}

/** The plain attempts of entries, as stored and exported. */
export function plainAttempts(entries: readonly Attempt[]): Attempt[] {
  return entries.map(({ id, at, result, answers }) => ({ id, at, result, answers }));
}

/** Writes the attempts (the newest HISTORY_LIMIT); false when the store refuses (full, or gone). */
export function saveHistory(
  store: KeyValueStore | null,
  key: string,
  attempts: readonly Attempt[]
): boolean {
  if (!store) return false;
  try {
    const kept = plainAttempts(attempts).slice(-HISTORY_LIMIT);
    store.setItem(key, JSON.stringify({ format: HISTORY_FORMAT, attempts: kept }));
    return true;
  } catch {
    return false;
  }
}

/** The attempts with `attempt` added, or put in place of the one with its id (a sharpened result). */
export function withAttempt<T extends Attempt>(attempts: readonly T[], attempt: T): T[] {
  const others = attempts.filter((other) => other.id !== attempt.id);
  return [...others, attempt].sort((x, y) => x.at - y.at);
}

/** Removes the history; a store that throws is ignored. */
export function clearHistory(store: KeyValueStore | null, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to remove from a store that cannot be written.
  }
}

/** The export file's text: the role it belongs to, when it was made, and every attempt. */
export function exportHistory(attempts: readonly Attempt[], roleName: string, now: number): string {
  const file = {
    app: EXPORT_APP,
    format: HISTORY_FORMAT,
    role: roleName,
    exported: new Date(now).toISOString(),
    attempts: plainAttempts(attempts)
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The questions asked in the latest `count` attempts: a retake prefers others. */
export function recentlySeen(attempts: readonly Attempt[], count = 2): Set<string> {
  return new Set(attempts.slice(-count).flatMap((attempt) => attempt.answers.map(([id]) => id)));
}

/** The questions an attempt missed (wrong or "I don't know"), with their areas. */
export function missedIn(attempt: Attempt): { itemId: string; area: string }[] {
  return attempt.answers
    .filter(([, , outcome]) => outcome !== 'right')
    .map(([itemId, area]) => ({ itemId, area }));
}
