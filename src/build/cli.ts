/** `npm run check:questions`: validates every bank, enforces the counting rules, prints coverage. */
import { compileBanks } from './compile.ts';
import { coverageErrors, coverageTable, coverageWarnings } from './coverage.ts';

const compiled = compileBanks(process.cwd());
const errors = [
  ...compiled.errors,
  ...coverageErrors(compiled.areas, compiled.questions, compiled.held)
];
console.log(coverageTable(compiled.areas, compiled.questions));
console.log('');
for (const warning of coverageWarnings(compiled.areas, compiled.questions))
  console.log(`warning: ${warning}`);
if (errors.length > 0) {
  console.error(`${errors.length} problem${errors.length === 1 ? '' : 's'} in questions/:`);
  for (const error of errors) console.error(`  ${error}`);
  process.exit(1);
}
console.log(
  `questions/: ${compiled.questions.length} questions in ${compiled.areas.length} areas, all valid (bank ${compiled.index.hash})`
);
