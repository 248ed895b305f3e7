/** The question screen on a phone and on a desktop: one question, one screen, no jumps. */
import type { Page } from '@playwright/test';
import { compileBanks } from '../../src/build/compile.ts';
import { STORAGE_FORMAT, STORAGE_KEY } from '../../src/lib/storage.ts';
import { expect, test } from './fixtures.ts';

const compiled = compileBanks(process.cwd());
/** The bank with the longest questions: the hardest to fit on a small screen. */
const words = (id: string) => {
  const q = compiled.questions.find((question) => question.id === id);
  return q ? [q.prompt, ...q.options.map((o) => o.text)].join(' ').split(/\s+/).length : 0;
};
const banks = Object.values(compiled.banks);
const median = (values: number[]) =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
const longest = [...banks].sort(
  (x, y) => median(y.items.map((i) => words(i.id))) - median(x.items.map((i) => words(i.id)))
)[0];
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 }
];

/** Opens one question as a saved run the page resumes on. */
async function openQuestion(page: Page, areaId: string, itemId: string) {
  const item = compiled.banks[areaId]?.items.find((candidate) => candidate.id === itemId);
  const envelope = {
    format: STORAGE_FORMAT,
    bankHash: compiled.index.hash,
    finished: false,
    progress: {
      config: { mode: 'assessment', length: 'thorough', areas: [areaId] },
      today: 20_500,
      rho: compiled.index.rho,
      rng: 1,
      areaIndex: 0,
      queue: [],
      current: { itemId, optionOrder: item?.options.map((option) => option.id) ?? [] },
      answers: []
    }
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORAGE_KEY,
    JSON.stringify(envelope)
  ] as const);
  await page.reload();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.locator(`article[data-item-id="${itemId}"]`)).toBeVisible();
}

for (const viewport of VIEWPORTS) {
  test(`every ${longest?.id} question keeps Submit in view at ${viewport.width} px, its answers wide`, async ({
    page
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await page.goto('./');
    for (const item of longest?.items ?? []) {
      await openQuestion(page, longest?.id ?? '', item.id);
      const submit = page.getByRole('button', { name: 'Submit answer' });
      const box = await submit.boundingBox();
      expect(box, item.id).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0), item.id).toBeLessThanOrEqual(
        viewport.height
      );
      expect(await page.evaluate(() => scrollY), item.id).toBe(0);
      if (viewport.width <= 560) {
        const widths = await page
          .locator('.option .text')
          .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().width));
        for (const width of widths)
          expect(width, item.id).toBeGreaterThanOrEqual(0.85 * viewport.width);
      }
    }
  });
}

test('a question of median length fits a 360 × 740 screen with its progress line', async ({
  page
}) => {
  const all = compiled.questions.map((q) => ({ id: q.id, area: q.area, words: words(q.id) }));
  const typical = [...all].sort((x, y) => x.words - y.words)[Math.floor(all.length / 2)];
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await openQuestion(page, typical?.area ?? '', typical?.id ?? '');
  const bar = await page.locator('article .actions').boundingBox();
  const last = await page.locator('.option').last().boundingBox();
  const progress = await page.locator('.progress').boundingBox();
  expect(progress?.y ?? -2).toBeGreaterThanOrEqual(-1);
  // The last option ends above the bar that holds Submit: nothing to scroll to answer.
  expect((last?.y ?? Infinity) + (last?.height ?? 0)).toBeLessThanOrEqual(bar?.y ?? 0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`practice feedback shows the verdict, not the selected look (${colorScheme})`, async ({
    page
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./?mode=practice&length=quick&areas=cloud');
    await page.getByRole('button', { name: 'Start practice' }).click();
    const article = page.locator('article[data-item-id]');
    const itemId = (await article.getAttribute('data-item-id')) ?? '';
    const right = new Set(
      compiled.banks.cloud?.items
        .find((item) => item.id === itemId)
        ?.options.filter((option) => option.correct)
        .map((option) => option.id)
    );
    const inputs = article.locator('input[name="answer"]');
    const values = await inputs.evaluateAll((nodes) =>
      nodes.map((node) => (node as HTMLInputElement).value)
    );
    const wrong = values.find((value) => !right.has(value)) ?? '';
    const count = right.size;
    // Choose a wrong answer (and enough right ones for "Choose k"), seeing the selected look first.
    const chosen = [wrong, ...[...right].slice(1, count)];
    for (const value of chosen) await article.locator(`input[value="${value}"]`).check();
    const label = (value: string) =>
      article.locator('.option').filter({ has: page.locator(`input[value="${value}"]`) });
    const selected = await label(wrong).evaluate((node) => getComputedStyle(node).borderColor);
    // As a reader who scrolled down to the last option; Submit stays in its bar.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect(page.getByRole('heading', { level: 3 })).toBeFocused();
    const verdict = await label(wrong).evaluate((node) => ({
      border: getComputedStyle(node).borderColor,
      style: getComputedStyle(node).borderStyle
    }));
    expect(verdict.border).not.toBe(selected);
    expect(verdict.style).toBe('dashed');
    const key = [...right][0] ?? '';
    const keyLook = await label(key).evaluate((node) => getComputedStyle(node).borderColor);
    expect(keyLook).not.toBe(selected);
    expect(keyLook).not.toBe(verdict.border);
    await expect(label(wrong)).toContainText('✗ Your choice, wrong');
    await expect(label(key)).toContainText('✓ Right answer');
    // The progress line and the question's top stay in view after the answer.
    await expect
      .poll(async () => (await page.locator('.progress').boundingBox())?.y ?? -2)
      .toBeGreaterThanOrEqual(-1);
    const heading = await page.locator('#question-heading').boundingBox();
    expect((heading?.y ?? 9999) + (heading?.height ?? 0)).toBeLessThanOrEqual(740);
  });
}

test('number keys choose and Enter submits; each new question starts in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?length=quick&areas=cloud,security');
  await page.getByRole('button', { name: 'Start the check' }).click();
  for (let step = 0; step < 4; step++) {
    const article = page.locator('article[data-item-id]');
    const itemId = (await article.getAttribute('data-item-id')) ?? '';
    await expect(page.locator('#question-heading')).toBeFocused();
    const heading = await page.locator('#question-heading').boundingBox();
    expect(heading?.y ?? -2).toBeGreaterThanOrEqual(-1);
    const legend = (await page.locator('legend').textContent()) ?? '';
    const count = Number(/Choose (\d+)/.exec(legend)?.[1] ?? 1);
    for (let k = 1; k <= count; k++) await page.keyboard.press(String(k));
    await expect(article.locator('input[name="answer"]:checked')).toHaveCount(count);
    await page.keyboard.press('Enter');
    await expect(page.locator(`article[data-item-id="${itemId}"]`)).toHaveCount(0);
    if (await page.getByRole('button', { name: 'Continue' }).isVisible()) {
      await page.getByRole('button', { name: 'Continue' }).click();
    }
  }
});

test('typing in a field is left alone by the number keys', async ({ page }) => {
  await page.goto('./?length=quick&areas=cloud');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.locator('article[data-item-id]').waitFor();
  // The page's own text fields are elsewhere; a field added for the test stands for any field.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text';
    input.id = 'scratch';
    input.setAttribute('aria-label', 'scratch');
    document.body.append(input);
  });
  await page.locator('#scratch').fill('');
  await page.locator('#scratch').pressSequentially('12');
  await expect(page.locator('#scratch')).toHaveValue('12');
  await expect(page.locator('input[name="answer"]:checked')).toHaveCount(0);
});

test('inside an embed on a phone: each question starts in the host view, its answers wide, Submit clear of them', async ({
  page
}) => {
  const host = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4174}`;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${host}/post.html`);
  const iframe = page.locator('#check iframe');
  await iframe.scrollIntoViewIfNeeded();
  const app = iframe.contentFrame();
  await app.getByRole('button', { name: 'Start the check' }).click();
  const frameWidth = await iframe.evaluate((frame) => frame.getBoundingClientRect().width);
  for (let step = 0; step < 4; step++) {
    const article = app.locator('article[data-item-id]');
    await article.waitFor();
    const itemId = (await article.getAttribute('data-item-id')) ?? '';
    await expect(app.locator('#question-heading')).toBeFocused();
    // The heading's top is in the host page's view (the host scrolled to it only if it was not).
    await expect
      .poll(async () => (await app.locator('#question-heading').boundingBox())?.y ?? -1)
      .toBeGreaterThanOrEqual(0);
    const heading = await app.locator('#question-heading').boundingBox();
    expect((heading?.y ?? 9999) + (heading?.height ?? 0), itemId).toBeLessThanOrEqual(740);
    const widths = await app
      .locator('.option .text')
      .evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().width));
    for (const width of widths) expect(width, itemId).toBeGreaterThanOrEqual(0.85 * frameWidth);
    const bar = await app.locator('article .actions').boundingBox();
    const last = await app.locator('.option').last().boundingBox();
    expect((last?.y ?? Infinity) + (last?.height ?? 0), itemId).toBeLessThanOrEqual(bar?.y ?? 0);
    // Scroll the host down past the question, as a reader does, then answer.
    await page.evaluate(() => scrollBy(0, 400));
    await app.getByRole('button', { name: 'I don’t know' }).click();
    await expect(app.locator(`article[data-item-id="${itemId}"]`)).toHaveCount(0);
    if (await app.getByRole('button', { name: 'Continue' }).isVisible()) {
      await app.getByRole('button', { name: 'Continue' }).click();
    }
  }
});
