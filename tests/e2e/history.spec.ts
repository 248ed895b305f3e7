/** Coming back (issue 16): history and its progress screen, the change line, export and import,
 * fresh questions on a retake, the study plan and the review's way back. */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { answerQuestion, expect, finishCheck, test } from './fixtures.ts';

const CHECK = './?length=quick&areas=cloud,security';

/** Takes a quick check of two areas, answering by `strategy`; returns the questions asked. */
async function takeCheck(page: Page, strategy: 'right' | 'wrong'): Promise<string[]> {
  await page.getByRole('button', { name: 'Start the check' }).click();
  const asked = await finishCheck(page, strategy);
  await page.getByRole('heading', { name: 'Work on these first' }).waitFor();
  return asked;
}

/** From results: "Start again", confirmed. */
async function startAgain(page: Page) {
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Start a new check' }).click();
}

test.describe('coming back', () => {
  test('two assessments in a row: a change line, a two-point chart, mostly fresh questions', async ({
    page
  }) => {
    await page.goto(CHECK);
    const first = await takeCheck(page, 'wrong');
    // A first attempt has nothing to compare with.
    await expect(page.getByText(/Since your attempt of/)).toHaveCount(0);
    await startAgain(page);
    await expect(page.getByRole('button', { name: 'Your progress (1 attempt)' })).toBeVisible();
    const second = await takeCheck(page, 'right');

    // All wrong, then all right: a clear gain overall and in each area's row.
    await expect(page.getByText(/Since your attempt of/)).toBeVisible();
    await expect(page.locator('.overall')).toContainText(/up \d+ points?, a clear gain/);
    const table = page.getByRole('table', { name: /Readiness score by area/ });
    await expect(table.getByRole('columnheader', { name: 'Change' })).toBeVisible();
    await expect(table.getByText(/a clear gain/)).toHaveCount(2);

    // The retake preferred questions not asked the first time.
    const repeated = second.filter((id) => first.includes(id));
    expect(repeated.length / second.length).toBeLessThan(0.25);

    await page.getByRole('button', { name: 'Your progress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeFocused();
    const overall = page.getByRole('img', { name: /Overall readiness over time/ });
    await expect(overall.locator('circle.dot')).toHaveCount(2);
    await expect(page.getByRole('table', { name: /Scores of every attempt/ })).toBeVisible();
    await expect(
      page.getByRole('table', { name: /Scores of every attempt/ }).locator('tbody tr')
    ).toHaveCount(2);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /readiness/ })).toBeVisible();
  });

  test('export, then import into a fresh browser, shows the same history; a bad file is refused', async ({
    page,
    browser,
    baseURL
  }) => {
    await page.goto(CHECK);
    await takeCheck(page, 'wrong');
    await page.getByRole('button', { name: 'Your progress' }).click();
    const rows = page.getByRole('table', { name: /Scores of every attempt/ }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    const shown = await rows.first().innerText();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export history' }).click();
    const file = (await (await download).path()) ?? '';
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { attempts: unknown[] };
    expect(exported.attempts).toHaveLength(1);

    const fresh = await browser.newContext({ baseURL });
    const other = await fresh.newPage();
    await other.goto(CHECK);
    await other.getByRole('button', { name: /Import your history/ }).click();
    const input = other.locator('input[type=file]');
    await input.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"app":"something else"}')
    });
    await expect(other.getByRole('status')).toHaveText(/not a history export/);
    await input.setInputFiles(file);
    await expect(other.getByRole('status')).toHaveText('Imported 1 attempt.');
    const imported = other.getByRole('table', { name: /Scores of every attempt/ });
    await expect(imported.locator('tbody tr')).toHaveCount(1);
    expect(await imported.locator('tbody tr').first().innerText()).toBe(shown);
    // The same file again adds nothing: attempts are kept once.
    await input.setInputFiles(file);
    await expect(other.getByRole('status')).toHaveText('Imported 0 attempts.');
    await expect(imported.locator('tbody tr')).toHaveCount(1);
    // It survives a reload, and the intro now counts it.
    await other.goto(CHECK);
    await expect(other.getByRole('button', { name: 'Your progress (1 attempt)' })).toBeVisible();
    await fresh.close();
  });

  test('the study plan opens each missed question at its explanation; Back returns to the results', async ({
    page
  }) => {
    await page.goto(CHECK);
    await takeCheck(page, 'wrong');
    const plan = page.locator('.focus');
    await expect(plan.getByText('Skills you missed:').first()).toBeVisible();
    const explain = plan.getByRole('button', { name: /^Explanation: / }).first();
    const label = (await explain.getAttribute('aria-label')) ?? '';
    // Prompts are cut at a word, never inside one.
    expect(label).toMatch(/(\w|\?|\.)…?$/);
    await explain.click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Review your answers' })
    ).toBeVisible();
    const focused = page.locator('.review > li:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).toContainText('Not right');
    await expect(focused).toBeInViewport();

    // The browser's Back leaves the review for the results, not the app.
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Work on these first' })).toBeVisible();
    await expect(page).toHaveURL(/length=quick/);

    // Missed only, grouped by area, with a way back at the bottom too.
    await startAgain(page);
    await page.getByRole('button', { name: 'Start the check' }).click();
    await finishCheck(page, 'right');
    await page.getByRole('button', { name: /^Review all/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Cloud Computing' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Cybersecurity for AI' })
    ).toBeVisible();
    const backs = page.getByRole('button', { name: 'Back to results' });
    await expect(backs).toHaveCount(2);
    await backs.last().click();
    await expect(page.getByRole('heading', { name: 'Work on these first' })).toBeVisible();
  });

  test('the review can show the missed questions only', async ({ page }) => {
    await page.goto(CHECK);
    await page.getByRole('button', { name: 'Start the check' }).click();
    // Right and wrong in turn.
    let missed = 0;
    let asked = 0;
    const results = page.getByRole('heading', { level: 1, name: /readiness/ });
    while (!(await results.isVisible())) {
      const next = page
        .locator('article[data-item-id]')
        .or(page.getByRole('button', { name: 'Continue' }))
        .or(results);
      await next.first().waitFor();
      if (await page.getByRole('button', { name: 'Continue' }).isVisible()) {
        await page.getByRole('button', { name: 'Continue' }).click();
      } else if (!(await results.isVisible())) {
        const id = await page.locator('article[data-item-id]').getAttribute('data-item-id');
        await answerQuestion(page, asked % 2 === 0 ? 'right' : 'wrong');
        missed += asked % 2;
        asked++;
        await expect(page.locator(`article[data-item-id="${id}"]`)).toHaveCount(0);
      }
    }
    await page.getByRole('button', { name: /^Review all/ }).click();
    await expect(page.locator('.review > li')).toHaveCount(asked);
    const show = page.getByRole('group', { name: 'Show' });
    await show.getByRole('radio', { name: `Missed only (${missed})` }).check();
    await expect(page.locator('.review > li')).toHaveCount(missed);
    await expect(page.locator('.review > li', { hasText: 'You got this right' })).toHaveCount(0);
    await show.getByRole('radio', { name: `All (${asked})` }).check();
    await expect(page.locator('.review > li')).toHaveCount(asked);
    // The review with its filter and area headings passes axe too.
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the progress screen has no WCAG 2.2 AA violation (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(CHECK);
      await takeCheck(page, 'wrong');
      await page.getByRole('button', { name: 'Your progress' }).click();
      await page.getByRole('img', { name: /Overall readiness over time/ }).waitFor();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        []
      );
    });
  }
});
