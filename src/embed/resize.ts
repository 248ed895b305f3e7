/** Which content heights the app in an iframe reports: small changes dropped, resize loops damped. */

/** Changes smaller than this many pixels are not reported. */
export const MIN_CHANGE = 2;
/** How far back, in milliseconds, the gate looks for a resize loop. */
export const WINDOW_MS = 1000;
/** A resize loop: the same two heights alternating this many times in a row within the window. */
export const LOOP_LENGTH = 6;

export interface ResizeGate {
  /** The last height reported, or null before the first. */
  sent: number | null;
  /** The heights observed within the window, oldest first. */
  seen: { time: number; height: number }[];
}

/** A gate that has reported nothing yet. */
export const openGate: ResizeGate = { sent: null, seen: [] };

/**
 * Takes an observed content height at a time (ms) and returns the next gate and the height to
 * report, or null to report nothing. When the last heights within the window alternate between
 * the same two values (a resize loop, e.g. a scrollbar appearing and disappearing), the gate holds
 * the larger one, so nothing is cut off; any other height is followed at once.
 */
export function gateHeight(
  gate: ResizeGate,
  observed: number,
  time: number
): { gate: ResizeGate; height: number | null } {
  if (!Number.isFinite(observed) || observed < 0) return { gate, height: null };
  const height = Math.ceil(observed);
  const seen = [...gate.seen.filter((entry) => time - entry.time < WINDOW_MS), { time, height }];
  const tail = seen.slice(-LOOP_LENGTH).map((entry) => entry.height);
  const looping =
    tail.length === LOOP_LENGTH &&
    new Set(tail).size === 2 &&
    tail.every((value, i) => i === 0 || value !== tail[i - 1]);
  const target = looping ? Math.max(...tail) : height;
  const report = gate.sent === null || Math.abs(target - gate.sent) >= MIN_CHANGE;
  return {
    gate: { sent: report ? target : gate.sent, seen: seen.slice(-LOOP_LENGTH) },
    height: report ? target : null
  };
}
