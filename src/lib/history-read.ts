/**
 * The history's results, made and read with the share codec: a finished run becomes an attempt,
 * an attempt's result is decoded against today's bank (an older bank's stays readable, marked),
 * and an export file is checked and merged. Loaded with the screens that show results.
 */
import type { Result } from '../quiz/result.ts';
import { decodeResult, encodeResult, type ShareIndex } from '../share/codec.ts';
import { EXPORT_APP, HISTORY_FORMAT, parseAttempts, withAttempt, type Attempt } from './history.ts';

/** An attempt read back, with its result decoded against today's bank. */
export interface HistoryEntry extends Attempt {
  decoded: Result;
  /** Made with other questions than today's. */
  bankChanged: boolean;
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

/** The attempts whose results decode, with them, and how many did not. */
export function readEntries(
  attempts: readonly Attempt[],
  index: ShareIndex
): { entries: HistoryEntry[]; dropped: number } {
  const entries: HistoryEntry[] = [];
  for (const attempt of attempts) {
    const decoded = decodeResult(attempt.result, index);
    if (decoded.ok)
      entries.push({ ...attempt, decoded: decoded.result, bankChanged: decoded.bankChanged });
  }
  return { entries, dropped: attempts.length - entries.length };
}

export type ImportOutcome =
  | { ok: true; attempts: Attempt[]; added: number; dropped: number }
  | { ok: false; error: 'not-json' | 'not-history' | 'newer-format' | 'other-role' };

/** The longest import file read, in characters (60 attempts are about 60 KB). */
export const IMPORT_MAX = 2_000_000;

/**
 * Merges an export file into the current attempts: attempts already there (same id) are kept once,
 * unreadable ones (malformed, or a result that does not decode) dropped and counted. A file of a
 * newer format or of another role is refused.
 */
export function importHistory(
  text: string,
  current: readonly Attempt[],
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
  if (typeof file !== 'object' || file === null || Array.isArray(file))
    return { ok: false, error: 'not-history' };
  const { app, format, role, attempts } = file as Record<string, unknown>;
  if (app !== EXPORT_APP || !Array.isArray(attempts)) return { ok: false, error: 'not-history' };
  if (typeof format !== 'number' || format > HISTORY_FORMAT)
    return { ok: false, error: 'newer-format' };
  if (format !== HISTORY_FORMAT) return { ok: false, error: 'not-history' };
  if (role !== roleName) return { ok: false, error: 'other-role' };
  const shaped = parseAttempts(attempts);
  const { entries } = readEntries(shaped.attempts, index);
  let merged = [...current];
  let added = 0;
  for (const entry of entries) {
    if (merged.some((other) => other.id === entry.id)) continue;
    const { id, at, result, answers } = entry;
    merged = withAttempt(merged, { id, at, result, answers });
    added++;
  }
  return { ok: true, attempts: merged, added, dropped: attempts.length - entries.length };
}
