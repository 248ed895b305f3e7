/** `npm run simulate`: 500 simulated people at θ = −2 … 2, per length, on each real bank and a synthetic one. */
import type { Item } from '../quiz/bank.ts';
import { LENGTHS } from '../quiz/config.ts';
import { compileBanks } from './compile.ts';
import { formatTable } from './coverage.ts';
import { SIMULATED_THETAS, simulateArea } from './simulation.ts';
import { syntheticBank } from './synthetic.ts';

const RUNS = Number(process.env.SIMULATE_RUNS ?? 500);

const compiled = compileBanks(process.cwd());
if (compiled.errors.length > 0) {
  console.error('questions/ is invalid; run npm run check:questions');
  process.exit(1);
}

const banks: [string, Item[]][] = [
  ['synthetic (40 items, 8 per difficulty)', syntheticBank('synthetic').items],
  ...Object.values(compiled.banks).map((bank): [string, Item[]] => [
    `${bank.id} (${bank.items.length} items)`,
    bank.items
  ])
];

const summary: Record<string, Record<string, ReturnType<typeof simulateArea>[]>> = {};
for (const [name, items] of banks) {
  const rows: string[][] = [['length', 'θ', 'bias', 'RMSE', 'mean length', 'band right']];
  summary[name] = {};
  for (const length of LENGTHS) {
    const results = SIMULATED_THETAS.map((theta, i) =>
      simulateArea(items, length, theta, RUNS, 1000 + i)
    );
    summary[name][length] = results;
    for (const r of results) {
      rows.push([
        length,
        r.theta.toFixed(0),
        r.bias.toFixed(3),
        r.rmse.toFixed(3),
        r.meanLength.toFixed(1),
        `${(100 * r.bandRight).toFixed(0)}%`
      ]);
    }
  }
  console.log(`\n${name}: ${RUNS} simulated people per θ\n`);
  console.log(formatTable(rows));
}

if (process.argv.includes('--json')) console.log(JSON.stringify(summary));
