import { answerQuestion, bankHash, expect, finishCheck, test } from './fixtures.ts';

const STORAGE_KEY = 'ai-readiness:progress';
const questionId = (page: import('@playwright/test').Page) =>
  page.locator('article[data-item-id]').getAttribute('data-item-id');

test.describe('resume', () => {
  test('a reload mid-check offers Resume, which comes back to the same question', async ({
    page
  }) => {
    await page.goto('./?length=standard&areas=cloud,security');
    await page.getByRole('button', { name: 'Start the check' }).click();
    await answerQuestion(page, 'right');
    await expect(page.getByRole('heading', { name: /Question 2/ })).toBeFocused();
    await answerQuestion(page, 'unknown');
    await expect(page.getByRole('heading', { name: /Question 3/ })).toBeFocused();
    const before = await questionId(page);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Pick up where you left off?' })).toBeVisible();
    await expect(page.getByText('2 questions answered')).toBeVisible();
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(page.getByRole('heading', { name: /Question 3/ })).toBeVisible();
    expect(await questionId(page)).toBe(before);
    await finishCheck(page, 'unknown');
    await expect(page.locator('.overall .band')).toHaveText('Foundational');
  });

  test('Start over forgets the saved check', async ({ page }) => {
    await page.goto('./?length=quick&areas=cloud');
    await page.getByRole('button', { name: 'Start the check' }).click();
    await answerQuestion(page, 'right');
    await page.reload();
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('heading', { name: 'Pick up where you left off?' })).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pick up where you left off?' })).toHaveCount(0);
  });

  test(
    'a reload of the results screen shows the results, without loading the quiz',
    { tag: '@subpath' },
    async ({ page }) => {
      await page.goto('./?length=quick&areas=security,cloud');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await finishCheck(page, 'right');
      const score = await page.locator('.overall .number').textContent();
      const table = await page.locator('table').textContent();

      // The results come from the saved answers alone: they show while XState is held back.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/(runtime|machine)-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.reload();
      await expect(page.locator('.overall .number')).toHaveText(score ?? '');
      expect(await page.locator('table').textContent()).toBe(table);
      await expect(page.getByRole('heading', { name: 'Work on these first' })).toBeVisible();
      await expect(
        page.getByRole('heading', { name: 'Your AI Architect readiness' })
      ).not.toBeFocused();
      release();

      // Going on from restored results hands over to the quiz, which reopens the same run.
      await page.getByRole('button', { name: /^Review all \d+ questions$/ }).click();
      await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeFocused();
      await page.getByRole('button', { name: 'Back to results' }).first().click();
      await expect(page.locator('.overall .number')).toHaveText(score ?? '');

      await page.reload();
      await page.getByLabel('Practise one area').selectOption({ label: 'Cloud Computing' });
      await page.getByRole('button', { name: 'Practise', exact: true }).click();
      await expect(page.getByRole('heading', { name: /Question 1/ })).toBeFocused();
      await expect(page.getByText('Cloud Computing').first()).toBeVisible();

      await page.goto('./?length=quick&areas=security');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await finishCheck(page, 'right');
      await page.reload();
      await page.getByRole('button', { name: 'Start again' }).click();
      await page.getByRole('button', { name: 'Start a new check' }).click();
      await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
      await page.reload();
      await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Pick up where you left off?' })).toHaveCount(
        0
      );
    }
  );

  const damaged: [string, string, string][] = [
    [
      'from another bank version',
      JSON.stringify({ format: 1, bankHash: 'deadbeef', progress: {} }),
      'earlier version'
    ],
    ['that does not parse', '{"format":1,', 'could not be read'],
    ['that does not validate', '', 'not valid'],
    ['full of markup', '', 'not valid']
  ];
  for (const [what, stored, notice] of damaged) {
    test(`progress ${what} is discarded with a notice`, async ({ page }) => {
      await page.goto('./');
      const value =
        stored ||
        JSON.stringify({
          format: 1,
          bankHash,
          progress:
            what === 'full of markup'
              ? {
                  config: {
                    mode: '<img src=x onerror=alert(1)>',
                    length: 'quick',
                    areas: ['cloud']
                  }
                }
              : { config: { mode: 'assessment', length: 'quick', areas: ['cloud'] }, areaIndex: 7 }
        });
      await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, value]);
      await page.reload();
      await expect(page.getByRole('note')).toContainText(notice);
      await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    });
  }

  test('storage that throws leaves the check running, with resume off', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        }
      });
    });
    await page.goto('./?length=standard&areas=cloud');
    await expect(page.getByRole('note')).toContainText('resume is off');
    await page.getByRole('button', { name: 'Start the check' }).click();
    await finishCheck(page, 'right');
    await expect(page.locator('.overall .band')).toHaveText(/Proficient|Architect-ready/);
  });
});

test.describe('leaving', () => {
  test('the back button asks before leaving a check in progress', async ({ page }) => {
    await page.goto('./?length=quick&areas=cloud');
    await page.getByRole('button', { name: 'Start the check' }).click();
    await answerQuestion(page, 'right');
    const current = await questionId(page);
    await page.goBack();
    const dialog = page.getByRole('dialog', { name: 'Leave the check?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay on the check' }).click();
    await expect(dialog).toBeHidden();
    expect(await questionId(page)).toBe(current);
  });
});

test.describe('hostile input', () => {
  test('markup in URL parameters shows as text in the notice', async ({ page }) => {
    const attacks = {
      mode: '<img src=x onerror=alert(1)>',
      areas: '<script>alert(2)</script>',
      theme: 'javascript:alert(3)',
      '"><svg onload=alert(4)>': '1'
    };
    const query = new URLSearchParams(attacks).toString();
    await page.goto(`./?${query}&length=%FF%FE`);
    const notes = page.getByRole('note');
    await expect(notes).toContainText('Ignored mode “<img src=x onerror=alert(1)>”');
    await expect(notes).toContainText('<script>alert(2)</script>');
    await expect(notes).toContainText('javascript:alert(3)');
    await expect(notes).toContainText('Ignored unknown setting “"><svg onload=alert(4)>”');
    await expect(notes).toContainText('Ignored length');
    await expect(page.locator('main img, main svg[onload], main script')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  });

  test('an unexpected error shows a recoverable error screen', async ({ page }) => {
    await page.goto('./?length=quick&areas=cloud');
    await page.getByRole('button', { name: 'Start the check' }).click();
    await page.locator('article[data-item-id]').waitFor();
    await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { message: 'boom' })));
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeFocused();
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
  });

  test('an unexpected error on restored results shows the same recoverable screen', async ({
    page
  }) => {
    await page.goto('./?length=quick&areas=cloud');
    await page.getByRole('button', { name: 'Start the check' }).click();
    await finishCheck(page, 'unknown');
    await page.reload();
    await expect(page.locator('.overall .band')).toHaveText('Foundational');
    await page.evaluate(() => window.dispatchEvent(new ErrorEvent('error', { message: 'boom' })));
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeFocused();
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  });
});
