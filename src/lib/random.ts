/** A seeded, serializable RNG (mulberry32): the state is one 32-bit integer kept in machine context. */

/** Returns a number in [0, 1) and the next state. */
export function nextRandom(state: number): [value: number, next: number] {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A whole number in [0, n) and the next state. */
export function randomIndex(state: number, n: number): [index: number, next: number] {
  const [value, next] = nextRandom(state);
  return [Math.floor(value * n), next];
}

/** A Fisher–Yates shuffle of a copy of `items`, and the next state. */
export function shuffle<T>(items: readonly T[], state: number): [shuffled: T[], next: number] {
  const copy = [...items];
  let current = state;
  for (let i = copy.length - 1; i > 0; i--) {
    const [j, next] = randomIndex(current, i + 1);
    current = next;
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return [copy, current];
}

/** A fresh 32-bit seed from the platform's crypto RNG. */
export function freshSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
