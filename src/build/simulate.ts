/**
 * `npm run simulate`: simulated people take whole checks on the real banks. Their areas share a
 * general ability (true correlation 0.3, 0.6 or 0.85); the app scores them with the higher-order
 * model at the bank's ρ. Prints, per length: questions and minutes, the RMSE of the overall and area
 * scores, the coverage of the 80% ranges, how often the overall band is right, the content shares,
 * and the share of repeated questions on a retake; and the per-area model at 10 per area.
 * SIMULATE_RUNS sets the people per row (default 400).
 */
import { LENGTHS } from '../quiz/config.ts';
import { STOP_RULES, type Length, type StopRule } from '../quiz/lengths.ts';
import { compileBanks } from './compile.ts';
import { formatTable } from './coverage.ts';
import { secondsOf, simulateCheck, type SimArea } from './simulation.ts';

const RUNS = Number(process.env.SIMULATE_RUNS ?? 400);
const TRUE_RHOS = [0.3, 0.6, 0.85];

const compiled = compileBanks(process.cwd());
if (compiled.errors.length > 0) {
  console.error('questions/ is invalid; run npm run check:questions');
  process.exit(1);
}
const rho = Number(process.env.SIMULATE_RHO ?? compiled.index.rho);
const areas: SimArea[] = compiled.index.areas.map((info) => {
  const authored = new Map(compiled.questions.map((q) => [q.id, q]));
  const items = compiled.banks[info.id]?.items ?? [];
  return {
    id: info.id,
    weight: info.weight,
    items,
    seconds: secondsOf(items, (item) => {
      const q = authored.get(item.id);
      return q ? [q.prompt, ...q.options.map((o) => o.text)].join(' ') : '';
    })
  };
});

const pct = (share: number) => `${(100 * share).toFixed(0)}%`;
const rows: string[][] = [
  [
    'length',
    'true ρ',
    'questions',
    'minutes',
    'overall RMSE',
    'area RMSE',
    'area 80% cover',
    'overall 80% cover',
    'band right',
    'multiple asked (bank)',
    'domain gap'
  ]
];
const run = (label: string, rule: StopRule, trueRho: number, modelRho: number, seed: number) => {
  const s = simulateCheck({ areas, rule, trueRho, modelRho, runs: RUNS, seed });
  rows.push([
    label,
    trueRho.toFixed(2),
    s.meanQuestions.toFixed(1),
    s.meanMinutes.toFixed(1),
    s.overallRmse.toFixed(1),
    s.areaRmse.toFixed(1),
    pct(s.areaCoverage),
    pct(s.overallCoverage),
    pct(s.bandRight),
    `${pct(s.multipleAsked)} (${pct(s.multipleInBank)})`,
    `${s.domainGap.toFixed(0)} pts`
  ]);
};
LENGTHS.forEach((length: Length, i) =>
  TRUE_RHOS.forEach((trueRho, j) => run(length, STOP_RULES[length], trueRho, rho, 100 + 10 * i + j))
);
TRUE_RHOS.forEach((trueRho, j) =>
  run('per-area model, 10 per area', { min: 10, max: 10, seTarget: 0 }, trueRho, 0, 200 + j)
);
console.log(
  `\nWhole checks on the real banks (${compiled.index.areas.length} areas), model ρ = ${rho}, ${RUNS} simulated people per row\n`
);
console.log(formatTable(rows));

const retakes: string[][] = [
  ['length', 'repeated on a retake, preferring fresh questions', 'without']
];
LENGTHS.forEach((length, i) => {
  const fresh = simulateCheck({
    areas,
    rule: STOP_RULES[length],
    trueRho: 0.6,
    modelRho: rho,
    runs: Math.ceil(RUNS / 4),
    seed: 300 + i,
    retake: 'fresh'
  });
  const plain = simulateCheck({
    areas,
    rule: STOP_RULES[length],
    trueRho: 0.6,
    modelRho: rho,
    runs: Math.ceil(RUNS / 4),
    seed: 300 + i,
    retake: 'ignore-seen'
  });
  retakes.push([length, pct(fresh.repeated ?? 0), pct(plain.repeated ?? 0)]);
});
console.log('\nTwo consecutive attempts by the same simulated people (true ρ 0.6)\n');
console.log(formatTable(retakes));
