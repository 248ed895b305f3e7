/** The e2e test base: every page fails its test on an uncaught error, a console error or a CSP violation. */
import { test as base, expect, type Page } from '@playwright/test';
import { compileBanks } from '../../src/build/compile.ts';

interface Options {
  /** Console errors a test expects (a chunk routed to 404 logs one); matched by substring. */
  expectedConsoleErrors: string[];
}

export const test = base.extend<Options & { guard: void }>({
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!expectedConsoleErrors.some((expected) => text.includes(expected)))
          problems.push(`console: ${text}`);
      });
      page.on('dialog', (dialog) => {
        problems.push(`dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await use();
      expect(problems, 'no errors, CSP violations or dialogs on the page').toEqual([]);
    },
    { auto: true }
  ]
});

export { expect };

const compiled = compileBanks(process.cwd());

/** The hash of the banks the app was built from. */
export const bankHash = compiled.index.hash;
const correct = new Map(
  Object.values(compiled.banks).flatMap((bank) =>
    bank.items.map(
      (item) => [item.id, item.options.filter((o) => o.correct).map((o) => o.id)] as const
    )
  )
);

/** The ids of the right options of a question, from the same banks the app was built from. */
export function rightOptions(itemId: string): string[] {
  const ids = correct.get(itemId);
  if (!ids) throw new Error(`unknown question ${itemId}`);
  return ids;
}

export type Strategy = 'right' | 'unknown' | 'wrong';

/** Answers one question on screen with a strategy. */
export async function answerQuestion(page: Page, strategy: Strategy): Promise<string> {
  const article = page.locator('article[data-item-id]');
  const itemId = (await article.getAttribute('data-item-id')) ?? '';
  if (strategy === 'unknown') {
    await page.getByRole('button', { name: 'I don’t know' }).click();
    return itemId;
  }
  const right = rightOptions(itemId);
  const inputs = article.locator('input[name="answer"]');
  const values = await inputs.evaluateAll((nodes) =>
    nodes.map((node) => (node as HTMLInputElement).value)
  );
  // A wrong answer has as many options as the question asks for ("Choose 2"), one of them wrong.
  const wrong = values.find((value) => !right.includes(value)) ?? '';
  const chosen = strategy === 'right' ? right : [wrong, ...right.slice(1)];
  for (const value of chosen)
    await article.locator(`input[name="answer"][value="${value}"]`).check();
  await page.getByRole('button', { name: 'Submit answer' }).click();
  return itemId;
}

/**
 * Answers every question of a started check until the results screen (its heading matches
 * `heading`), returning the ids asked.
 */
export async function finishCheck(
  page: Page,
  strategy: Strategy,
  heading = /Your AI Architect readiness|Practice complete/
): Promise<string[]> {
  const asked: string[] = [];
  const results = page.getByRole('heading', { level: 1, name: heading });
  for (let step = 0; step < 200; step++) {
    const next = page
      .locator('article[data-item-id]')
      .or(page.getByRole('button', { name: 'Continue' }))
      .or(page.getByRole('button', { name: 'Next question' }))
      .or(results);
    await next.first().waitFor();
    if (await results.isVisible()) return asked;
    if (await page.getByRole('button', { name: 'Next question' }).isVisible()) {
      await page.getByRole('button', { name: 'Next question' }).click();
    } else if (await page.getByRole('button', { name: 'Continue' }).isVisible()) {
      await page.getByRole('button', { name: 'Continue' }).click();
    } else {
      const before = await page.locator('article[data-item-id]').getAttribute('data-item-id');
      asked.push(await answerQuestion(page, strategy));
      await expect(
        page.locator(`article[data-item-id="${before}"] button:has-text("Submit answer")`)
      ).toHaveCount(0);
    }
  }
  throw new Error('the check did not finish in 200 steps');
}
