import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { compileBanks } from '../../src/build/compile.ts';
import { buildResult } from '../../src/quiz/result.ts';
import { shareLink } from '../../src/share/link.ts';
import { answerQuestion, expect, finishCheck, test } from './fixtures.ts';

const { index } = compileBanks(process.cwd());
/** A shared-result link to this build, with three areas and a display name. */
const sharedLink = (baseURL: string) =>
  shareLink(
    buildResult({
      bankHash: index.hash,
      length: 'standard',
      day: 20_500,
      areas: index.areas
        .slice(0, 3)
        .map((info, i) => ({ info, estimate: { theta: i - 1, se: 0.5 } }))
    }),
    baseURL,
    null,
    'Ada'
  );

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map(
    (v) => `${screen}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
  );
  expect(summary).toEqual([]);
}

/** Screens reached by driving the app, each checked by axe. */
const screens: [string, (page: Page, baseURL: string) => Promise<void>][] = [
  ['intro', async (page) => void (await page.goto('./'))],
  [
    'question',
    async (page) => {
      await page.goto('./?length=quick&areas=cloud');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await page.locator('article[data-item-id]').waitFor();
    }
  ],
  [
    'practice feedback',
    async (page) => {
      await page.goto('./?mode=practice&length=quick&areas=security');
      await page.getByRole('button', { name: 'Start practice' }).click();
      await answerQuestion(page, 'wrong');
      await page.getByRole('button', { name: 'Next question' }).waitFor();
    }
  ],
  [
    'area summary',
    async (page) => {
      await page.goto('./?length=quick&areas=cloud,security');
      await page.getByRole('button', { name: 'Start the check' }).click();
      for (let i = 0; i < 5; i++) {
        if (await page.getByRole('button', { name: 'Continue' }).isVisible()) break;
        await answerQuestion(page, 'unknown');
        await page.waitForTimeout(50);
      }
      await page.getByRole('button', { name: 'Continue' }).waitFor();
    }
  ],
  [
    'results',
    async (page) => {
      await page.goto('./?length=quick&areas=cloud,strategy');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await finishCheck(page, 'wrong');
      // The results appear part by part; the recommendations come last.
      await page.getByRole('heading', { name: 'Work on these first' }).waitFor();
    }
  ],
  [
    'review',
    async (page) => {
      await page.goto('./?length=quick&areas=data-mlops');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await finishCheck(page, 'right');
      await page.getByRole('button', { name: /Review all/ }).click();
      await page.locator('.review').waitFor();
    }
  ],
  ['shared result', async (page, baseURL) => void (await page.goto(sharedLink(baseURL)))],
  [
    'damaged link',
    async (page, baseURL) => {
      await page.goto(sharedLink(baseURL).slice(0, -6));
      await page.getByRole('heading', { name: /damaged/ }).waitFor();
    }
  ],
  [
    'embed page',
    async (page) => {
      await page.goto('./?page=embed');
      await page.locator('iframe').first().waitFor();
    }
  ],
  [
    'resume offer',
    async (page) => {
      await page.goto('./?length=quick&areas=cloud');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await answerQuestion(page, 'right');
      await page.reload();
      await page.getByRole('button', { name: 'Resume' }).waitFor();
    }
  ]
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, reach] of screens) {
      test(`${name} has no WCAG 2.2 AA violation`, async ({ page, baseURL }) => {
        await reach(page, baseURL ?? '');
        await expectNoViolations(page, name);
      });
    }
    // The phone layout restyles the question screens (no card, a bar at the bottom).
    const phoneScreens = ['question', 'practice feedback', 'area summary'];
    for (const [name, reach] of screens.filter(([name]) => phoneScreens.includes(name))) {
      test(`${name} at 360 px has no WCAG 2.2 AA violation`, async ({ page, baseURL }) => {
        await page.setViewportSize({ width: 360, height: 740 });
        await reach(page, baseURL ?? '');
        await expectNoViolations(page, `${name} at 360 px`);
      });
    }
  });
}

test.describe('keyboard and screen readers', () => {
  test('a whole assessment can be taken with the keyboard alone, focus on each new question', async ({
    page
  }) => {
    await page.goto('./?length=standard&areas=cloud,security');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // Tab to the start button and press it.
    for (let i = 0; i < 30; i++) {
      const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (label === 'Start the check') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const seen = new Set<string>();
    const results = page.getByRole('heading', { level: 1, name: 'Your AI Architect readiness' });
    for (let step = 0; step < 40; step++) {
      // Wait for the next screen: a question, an area summary or the results.
      await page
        .locator('#question-heading')
        .or(page.getByRole('button', { name: 'Continue' }))
        .or(results)
        .first()
        .waitFor();
      if (await results.isVisible()) break;
      if (await page.getByRole('button', { name: 'Continue' }).isVisible()) {
        await expect(page.getByRole('heading', { name: /: done$/ })).toBeFocused();
        await page.keyboard.press('Tab');
        await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
        await page.keyboard.press('Enter');
        continue;
      }
      const heading = page.locator('#question-heading');
      await expect(heading).toBeFocused();
      const id = (await page.locator('article[data-item-id]').getAttribute('data-item-id')) ?? '';
      expect(seen.has(id)).toBe(false);
      seen.add(id);
      // Tab into the answers, choose the first (as many as "Choose k" asks, each with Space and
      // Tab to the next), tab to Submit, press Enter.
      await page.keyboard.press('Tab');
      await expect(page.locator('input[name="answer"]:focus')).toHaveCount(1);
      const legend = (await page.locator('legend').textContent()) ?? '';
      const count = Number(/Choose (\d+)/.exec(legend)?.[1] ?? 1);
      await page.keyboard.press('Space');
      for (let k = 1; k < count; k++) {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
      }
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        if (text === 'Submit answer') break;
      }
      await expect(page.getByRole('button', { name: 'Submit answer' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator(`article[data-item-id="${id}"]`)).toHaveCount(0);
    }
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your AI Architect readiness' })
    ).toBeFocused();
    expect(seen.size).toBeGreaterThanOrEqual(6);
  });

  test('the accessibility tree exposes the question, its answers and the chart’s text', async ({
    page
  }) => {
    await page.goto('./?length=quick&areas=cloud');
    await page.getByRole('button', { name: 'Start the check' }).click();
    const group = page.getByRole('group', {
      name: /Choose (one answer|\d+)/
    });
    await expect(group).toBeVisible();
    expect(
      await group.getByRole('radio').or(group.getByRole('checkbox')).count()
    ).toBeGreaterThanOrEqual(4);
    await expect(
      page.getByRole('progressbar', { name: 'Progress through the whole check' })
    ).toBeVisible();
    await finishCheck(page, 'right');
    await expect(page.getByRole('img', { name: 'Readiness score by area' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Readiness score by area' })).toContainText(
      'Cloud Computing'
    );
    const tree = await page.locator('main').ariaSnapshot();
    expect(tree).toContain('heading "Your AI Architect readiness"');
  });
});

test.describe('reflow and motion', () => {
  for (const width of [320, 640]) {
    test(`nothing scrolls sideways at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const noSideways = async (screen: string) => {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        );
        expect(overflow, screen).toBeLessThanOrEqual(0);
      };
      await page.goto('./?length=quick&areas=cloud');
      await noSideways('intro');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await page.locator('article[data-item-id]').waitFor();
      await noSideways('question');
      await finishCheck(page, 'wrong');
      await page.getByRole('heading', { name: 'Work on these first' }).waitFor();
      await noSideways('results');
      await page.getByRole('button', { name: /Review all/ }).click();
      await noSideways('review');
    });
  }

  test('prefers-reduced-motion turns animation off', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?length=quick&areas=cloud');
    await page.getByRole('button', { name: 'Start the check' }).click();
    const duration = await page
      .locator('.fill')
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(duration).toBe('0s');
  });
});
