/** A synthetic bank for tests and `npm run simulate`: n single-answer items per difficulty. */
import type { AreaBank, AreaInfo, BankIndex, Difficulty, Item, Role } from '../quiz/bank.ts';

/** A synthetic area bank of 4-option single-answer items, `perDifficulty` at each level 1–5. */
export function syntheticBank(areaId: string, perDifficulty = 8): AreaBank {
  const items: Item[] = [];
  for (const difficulty of [1, 2, 3, 4, 5] as Difficulty[]) {
    for (let n = 1; n <= perDifficulty; n++) {
      items.push({
        id: `${areaId}-d${difficulty}-${n}`,
        area: areaId,
        domain: 'synthetic',
        type: 'single',
        choose: 1,
        difficulty,
        discrimination: 1.5,
        prompt: `<p>Synthetic question ${n} at difficulty ${difficulty}</p>`,
        options: ['a', 'b', 'c', 'd'].map((id) => ({
          id,
          html: id.toUpperCase(),
          correct: id === 'a'
        })),
        tags: []
      });
    }
  }
  return { id: areaId, hash: 'synthetic', items };
}

/** The real banks' areas, in the order of their share codes (questions/areas.yaml). */
export const REAL_AREA_IDS = [
  'cloud',
  'ai-frameworks',
  'security',
  'system-design',
  'data-mlops',
  'strategy'
] as const;

/** The role of the real banks (questions/areas.yaml), for tests of the words. */
export const ROLE: Role = {
  name: 'AI Architect',
  person: 'an AI Architect',
  title: 'AI Architect Readiness',
  description: 'An adaptive check.',
  bands: {
    foundational: 'Foundational',
    developing: 'Developing',
    proficient: 'Proficient',
    ready: 'Architect-ready'
  }
};

/** An index over synthetic areas with the given ids. */
export function syntheticIndex(areaIds: readonly string[], perDifficulty = 8): BankIndex {
  const areas: AreaInfo[] = areaIds.map((id, code) => ({
    id,
    code,
    title: `Area ${id}`,
    description: 'Synthetic',
    weight: 1,
    itemCount: perDifficulty * 5,
    seconds: 40,
    hash: 'synthetic'
  }));
  return { hash: 'c0ffee00', role: ROLE, rho: 0.55, areas };
}
