/**
 * Every finished assessment, kept in the browser per role (and per embed): its result as the share
 * codec writes it (so an attempt on an older bank stays readable, with the same checks a link gets),
 * its answers, and when it ended. Export and import move it between browsers as a JSON file.
 */
import type { Result } from '../quiz/result.ts';
import { decodeResult, encodeResult, type ShareIndex } from '../share/codec.ts';
import type { KeyValueStore } from './storage.ts';

/** The version of the stored and exported shape. */
export const HISTORY_FORMAT = 1;

/** The most attempts kept: the oldest go first (a year of weekly checks). */
export const HISTORY_LIMIT = 60;

/** How an answer went: right, wrong, or "I don't know". */
export type Outcome = 'right' | 'wrong' | 'unknown';

/** One attempt as stored: plain, compact data. */
export interface Attempt {
  /** Stable for the run: sharpening a result updates its attempt instead of adding one. */
  id: string;
  /** When it ended (ms since 1970, UTC). */
  at: number;
  /** The result, as a share link's payload. */
  result: string;
  /** Each answer: question id, its area and how it went, in the order asked. */
  answers: [itemId: string, area: string, outcome: Outcome][];
}

/** An attempt read back, with its result decoded against today's bank. */
export interface HistoryEntry extends Attempt {
  decoded: Result;
  /** Made with other questions than today's. */
  bankChanged: boolean;
}

export interface LoadedHistory {
  entries: HistoryEntry[];
  /** Stored attempts that could not be read and were dropped. */
  dropped: number;
  /** Storage could not be read at all. */
  unavailable: boolean;
}

const ID = /^[a-z0-9-]{1,80}$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const OUTCOMES: readonly Outcome[] = ['right', 'wrong', 'unknown'];

/** The storage key of a role's history, in one scope (the standalone app, or one embed). */
export function historyKey(roleName: string, scope = ''): string {
  const role = roleName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `ai-readiness:history:${role}${scope ? `:${scope}` : ''}`;
}

/** The attempt of a finished run. Its id depends only on the run, so sharpening keeps it. */
export function attemptOf(
  result: Result,
  answers: readonly { itemId: string; area: string; correct: boolean; choice: unknown }[],
  at: number
): Attempt {
  const first = answers
    .slice(0, 3)
    .map((answer) => answer.itemId)
    .join('-');
  return {
    id: `${result.day}-${result.length}-${first}`.slice(0, 80),
    at,
    result: encodeResult(result),
    answers: answers.map((answer) => [
      answer.itemId,
      answer.area,
      answer.correct ? 'right' : answer.choice === null ? 'unknown' : 'wrong'
    ])
  };
}

/** A stored or imported attempt, checked field by field; null when anything is off. */
export function parseAttempt(value: unknown, index: ShareIndex): HistoryEntry | null {
  if (!isRecord(value)) return null;
  const { id, at, result, answers } = value;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at > 8.64e15) return null;
  if (typeof result !== 'string') return null;
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
  const decoded = decodeResult(result, index);
  if (!decoded.ok) return null;
  return {
    id,
    at,
    result,
    answers: parsed,
    decoded: decoded.result,
    bankChanged: decoded.bankChanged
  };
}

/** Reads a list of attempts: the readable ones, oldest first, and how many were dropped. */
function parseList(list: readonly unknown[], index: ShareIndex) {
  const entries: HistoryEntry[] = [];
  let dropped = 0;
  for (const value of list) {
    const entry = parseAttempt(value, index);
    if (entry && !entries.some((other) => other.id === entry.id)) entries.push(entry);
    else dropped++;
  }
  entries.sort((x, y) => x.at - y.at);
  return { entries, dropped };
}

/** Never throws: what the store holds under `key`, read and checked. */
export function loadHistory(
  store: KeyValueStore | null,
  key: string,
  index: ShareIndex
): LoadedHistory {
  if (!store) return { entries: [], dropped: 0, unavailable: true };
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { entries: [], dropped: 0, unavailable: true };
  }
  if (text === null) return { entries: [], dropped: 0, unavailable: false };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return { entries: [], dropped: 1, unavailable: false };
  }
  // A history from a newer version is left alone (not overwritten) and not read.
  if (!isRecord(stored) || stored.format !== HISTORY_FORMAT || !Array.isArray(stored.attempts))
    return { entries: [], dropped: 1, unavailable: false };
  return { ...parseList(stored.attempts, index), unavailable: false };
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
export function exportHistory(entries: readonly Attempt[], roleName: string, now: number): string {
  const file = {
    app: 'ai-readiness-history',
    format: HISTORY_FORMAT,
    role: roleName,
    exported: new Date(now).toISOString(),
    attempts: plainAttempts(entries)
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export type ImportOutcome =
  | { ok: true; entries: HistoryEntry[]; added: number; dropped: number }
  | { ok: false; error: 'not-json' | 'not-history' | 'newer-format' | 'other-role' };

/** The longest import file read, in characters (60 attempts are about 60 KB). */
export const IMPORT_MAX = 2_000_000;

/**
 * Merges an export file into the current history: attempts already there (same id) are kept once,
 * unreadable ones dropped and counted. A file of a newer format or of another role is refused.
 */
export function importHistory(
  text: string,
  current: readonly HistoryEntry[],
  roleName: string,
  index: ShareIndex
): ImportOutcome {
  if (text.length > IMPORT_MAX) return { ok: false, error: 'not-history' };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(file) || file.app !== 'ai-readiness-history' || !Array.isArray(file.attempts))
    return { ok: false, error: 'not-history' };
  if (typeof file.format !== 'number' || file.format > HISTORY_FORMAT)
    return { ok: false, error: 'newer-format' };
  if (file.format !== HISTORY_FORMAT) return { ok: false, error: 'not-history' };
  if (file.role !== roleName) return { ok: false, error: 'other-role' };
  const { entries: read, dropped } = parseList(file.attempts, index);
  let entries = [...current];
  let added = 0;
  for (const entry of read) {
    if (entries.some((other) => other.id === entry.id)) continue;
    entries = withAttempt(entries, entry);
    added++;
  }
  return { ok: true, entries, added, dropped };
}

/** The questions asked in the latest `count` attempts: a retake prefers others. */
export function recentlySeen(entries: readonly Attempt[], count = 2): Set<string> {
  return new Set(entries.slice(-count).flatMap((entry) => entry.answers.map(([id]) => id)));
}

/** The questions an attempt missed (wrong or "I don't know"), with their areas. */
export function missedIn(attempt: Attempt): { itemId: string; area: string }[] {
  return attempt.answers
    .filter(([, , outcome]) => outcome !== 'right')
    .map(([itemId, area]) => ({ itemId, area }));
}
