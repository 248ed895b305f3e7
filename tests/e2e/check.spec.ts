import { STOP_RULES } from '../../src/quiz/lengths.ts';
import { expect, finishCheck, test } from './fixtures.ts';

test.describe('the readiness check, end to end', () => {
  test(
    'an assessment answered all right ends Architect-ready',
    { tag: '@subpath' },
    async ({ page }) => {
      // The recommended check: standard length, every area.
      await page.goto('./');
      await page.getByRole('button', { name: 'Start the check' }).click();
      const asked = await finishCheck(page, 'right');
      expect(new Set(asked).size).toBe(asked.length);
      const { min, max } = STOP_RULES.standard;
      expect(asked.length).toBeGreaterThanOrEqual(6 * min);
      expect(asked.length).toBeLessThanOrEqual(6 * max);
      await expect(page.locator('.overall .band')).toHaveText('Architect-ready');
      await expect(page.getByRole('table')).toContainText('Cloud Computing');
    }
  );

  test('an assessment answered all "I don’t know" ends Foundational', async ({ page }) => {
    await page.goto('./?length=quick&areas=cloud,security');
    await page.getByRole('button', { name: 'Start the check' }).click();
    await finishCheck(page, 'unknown');
    await expect(page.locator('.overall .band')).toHaveText('Foundational');
    await expect(page.getByRole('heading', { name: 'Work on these first' })).toBeVisible();
  });

  test('practice shows the explanation and sources after an answer', async ({ page }) => {
    await page.goto('./?mode=practice&length=quick&areas=security');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.getByRole('button', { name: 'I don’t know' }).click();
    await expect(page.getByRole('heading', { name: 'Not answered' })).toBeFocused();
    await expect(page.locator('.explanation')).not.toBeEmpty();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.locator('.option.right')).not.toHaveCount(0);
    await page.getByRole('button', { name: 'Next question' }).click();
    await expect(page.getByRole('heading', { name: /Question 2/ })).toBeFocused();
  });

  test.describe('when an area chunk fails to load', () => {
    test.use({ expectedConsoleErrors: ['404', 'Failed to fetch dynamically imported module'] });

    test('shows the failure screen, and retry recovers', async ({ page }) => {
      let blocked = true;
      await page.route(/\/assets\/bank-cloud-[^/]+\.js$/, (route) =>
        blocked ? route.fulfill({ status: 404, body: 'not found' }) : route.continue()
      );
      await page.goto('./?areas=cloud');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await expect(
        page.getByRole('heading', { name: 'This part could not be loaded' })
      ).toBeVisible();
      blocked = false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.locator('article[data-item-id^="cloud-"]')).toBeVisible();
    });
  });
});
