import { test, expect } from '@playwright/test';
import { budgetLines } from '../../src/build/budget.ts';

// Bytes are deterministic: the built dist/ is checked against its budgets, and the figures printed.
test('the built site stays within its byte budgets', () => {
  const lines = budgetLines('dist', process.env.BASE_PATH ?? '/');
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  for (const line of lines) {
    const margin = line.budget - line.gzip;
    console.log(
      `${line.gzip <= line.budget ? 'ok  ' : 'OVER'} ${line.what}: ${kb(line.gzip)} gzipped of ${kb(line.budget)} (${margin >= 0 ? `${kb(margin)} to spare` : `${kb(-margin)} over`})`
    );
  }
  expect(lines.filter((line) => line.gzip > line.budget).map((line) => line.what)).toEqual([]);
  expect(lines.filter((line) => /^assets\/bank-/.test(line.what)).length).toBeGreaterThanOrEqual(
    12
  );
  expect(lines.some((line) => line.what === 'embed.js')).toBe(true);
});
