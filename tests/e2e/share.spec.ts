import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { siteUrl } from '../../src/build/band-pages.ts';
import { compileBanks } from '../../src/build/compile.ts';
import { buildResult } from '../../src/quiz/result.ts';
import { BANDS } from '../../src/quiz/scoring.ts';
import { crc16, toBase64Url } from '../../src/share/codec.ts';
import { shareLink } from '../../src/share/link.ts';
import { expect, finishCheck, test } from './fixtures.ts';

const MARKUP_NAME = '<img src=x onerror=alert(1)><b>Ada</b>';
const { index } = compileBanks(process.cwd());

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** What a result page shows: overall score, band and range, and each area's score and band. */
async function shownScores(page: Page) {
  // The results appear part by part: the table comes after the score and the chart.
  await page.locator('table tbody tr').first().waitFor();
  const rows = await page
    .locator('table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.children].slice(0, 3).map((cell) => (cell as HTMLElement).innerText.trim())
      )
    );
  return {
    score: await page.locator('.overall .number').textContent(),
    band: await page.locator('.overall .band').textContent(),
    range: await page.getByText(/Likely between/).textContent(),
    rows
  };
}

/** Opens a link in a fresh browser context, failing on any console or page error there. */
async function openFresh(browser: Browser, link: string, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(link);
  await run(page);
  await context.close();
  expect(problems, 'no errors in the fresh browser').toEqual([]);
}

test.describe('sharing a result', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test(
    'a shared link shows the same scores and bands in a fresh browser',
    { tag: '@subpath' },
    async ({ page, browser, baseURL }) => {
      await page.addInitScript(() => {
        Reflect.deleteProperty(Navigator.prototype, 'share');
        Reflect.deleteProperty(Navigator.prototype, 'canShare');
      });
      await page.goto('./?length=standard&areas=cloud,security,strategy');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await finishCheck(page, 'right');
      const shown = await shownScores(page);
      const status = page.getByRole('status').filter({ hasText: /./ });

      await page.getByRole('button', { name: 'Share result' }).click();
      await expect(status).toHaveText('Copied your result and its link to the clipboard.');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      const lines = text.split('\n');
      expect(lines[0]).toBe(`AI Architect readiness: ${shown.score}/100, ${shown.band}`);
      expect(lines.slice(1, 4).every((line) => /^[█░]{10} \d+ /.test(line))).toBe(true);
      expect(text).not.toMatch(/question|missed/i);
      const link = lines.at(-1) ?? '';
      expect(link.startsWith(`${baseURL}r/ready/#r=`)).toBe(true);
      expect(link.length).toBeLessThan(120);

      await openFresh(browser, link, async (shared) => {
        await expect(shared.getByRole('heading', { level: 1 })).toHaveText(
          'A shared AI Architect readiness result'
        );
        await expect(shared.getByText('Self-reported', { exact: true })).toBeVisible();
        expect(await shownScores(shared)).toEqual(shown);
        await expect(shared.getByRole('img', { name: 'Readiness score by area' })).toBeVisible();
        await expect(shared.locator('article[data-item-id], .review')).toHaveCount(0);
        await expect(shared.getByRole('link', { name: 'Take the check yourself' })).toHaveAttribute(
          'href',
          baseURL ?? ''
        );
      });

      await page.getByLabel('Name on the shared result').fill(MARKUP_NAME);
      await page.getByRole('button', { name: 'Share result' }).click();
      const named = (await page.evaluate(() => navigator.clipboard.readText())).split('\n').at(-1);
      await openFresh(browser, named ?? '', async (shared) => {
        await expect(shared.locator('.by strong')).toHaveText(MARKUP_NAME);
        await expect(shared.locator('main img, main b')).toHaveCount(0);
      });

      // Without the clipboard the link waits, selected, in a read-only field.
      await page.evaluate(() => {
        navigator.clipboard.writeText = () =>
          Promise.reject(new DOMException('no', 'NotAllowedError'));
      });
      await page.getByRole('button', { name: 'Share result' }).click();
      await expect(status).toHaveText(/copy it from there/);
      const field = page.getByLabel('Link to your result');
      await expect(field).toHaveValue(named ?? '');
      await expect(field).toHaveJSProperty('readOnly', true);
      expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd)).toBe(
        named?.length
      );

      // With the Web Share API, the browser's share sheet gets the link.
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'share', {
          configurable: true,
          value: (data: ShareData) => {
            (window as unknown as { shared: ShareData }).shared = data;
            return Promise.resolve();
          }
        });
      });
      await page.getByRole('button', { name: 'Share result' }).click();
      await expect(status).toHaveText('Shared.');
      const sheet = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
      expect(sheet.url).toBe(named);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download image' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('ai-architect-readiness-ready.png');
      expect(pngSize(readFileSync((await file.path()) ?? ''))).toEqual({
        width: 1200,
        height: 630
      });
      await expect(status).toHaveText(/Downloaded the result image/);

      // Browsers fire beforeprint before they lay out the printed pages. The browser's own print
      // command prints the results alone.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { name: 'Share your result' })).toBeHidden();
      await expect(page.getByRole('heading', { name: 'Work on these first' })).toBeVisible();
      await expect(page.getByRole('heading', { name: /Every question/ })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });

      // "Print with every question" adds the review on pages of its own.
      await page.evaluate(() => {
        window.print = () => void window.dispatchEvent(new Event('beforeprint'));
      });
      await page.getByRole('button', { name: 'Print with every question' }).click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { name: /Every question/ })).toBeVisible();
      await expect(page.locator('.print-review .review > li').first()).toBeVisible();
    }
  );

  test('practice offers no share link', async ({ page }) => {
    await page.goto('./?mode=practice&length=quick&areas=security');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await finishCheck(page, 'unknown');
    await expect(page.getByRole('heading', { name: 'Practice complete' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share result' })).toHaveCount(0);
  });
});

test(
  'links from all four bands open on their band page in a fresh browser',
  { tag: '@subpath' },
  async ({ browser, baseURL }) => {
    for (const [band, theta] of [
      ['foundational', -2],
      ['developing', -0.4],
      ['proficient', 0.8],
      ['ready', 2.5]
    ] as const) {
      const result = buildResult({
        bankHash: index.hash,
        length: 'standard',
        day: 20_500,
        areas: index.areas.map((info, i) => ({
          info,
          estimate: { theta: theta + i * 0.01, se: 0.4 }
        }))
      });
      expect(result.overall.band).toBe(band);
      const link = shareLink(result, baseURL ?? '', null);
      expect(link).toContain(`/r/${band}/#r=`);
      await openFresh(browser, link, async (page) => {
        await expect(page.locator('.overall .number')).toHaveText(String(result.overall.score));
        await expect(page.locator('.overall .band')).toHaveText(index.role.bands[band]);
        await expect(page.locator('table tbody tr')).toHaveCount(index.areas.length);
        await expect(page.getByText(/questions have changed/)).toHaveCount(0);
      });
    }
  }
);

test(
  'a link made when the top band was "architect-ready" still opens on its old page',
  { tag: '@subpath' },
  async ({ browser, baseURL }) => {
    const result = buildResult({
      bankHash: index.hash,
      length: 'quick',
      day: 20_500,
      areas: index.areas.map((info) => ({ info, estimate: { theta: 2.5, se: 0.4 } }))
    });
    const link = shareLink(result, baseURL ?? '', null).replace('/r/ready/', '/r/architect-ready/');
    await openFresh(browser, link, async (page) => {
      await expect(page.locator('.overall .band')).toHaveText(index.role.bands.ready);
      const ogUrl = await page.locator('meta[property="og:url"]').getAttribute('content');
      expect(ogUrl).toMatch(/\/r\/ready\/$/);
    });
  }
);

test(
  'each band page carries its Open Graph tags and boots the app',
  { tag: '@subpath' },
  async ({ page, baseURL }) => {
    const site = siteUrl(process.env.SITE_URL, new URL(baseURL ?? '').pathname);
    for (const band of BANDS) {
      await page.goto(`./r/${band}/`);
      const meta = (key: string) =>
        page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
      expect(await meta('og:title')).toBe(`AI Architect readiness: ${index.role.bands[band]}`);
      expect(await meta('og:description')).toMatch(/self-reported/);
      expect(await meta('og:image')).toBe(`${site}og/${band}.png`);
      expect(await meta('og:url')).toBe(`${site}r/${band}/`);
      expect(await meta('twitter:card')).toBe('summary_large_image');
      await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
      const image = await page.request.get(`og/${band}.png`);
      expect(image.headers()['content-type']).toBe('image/png');
      const bytes = await image.body();
      expect(bytes.length).toBeLessThan(300 * 1024);
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    }
  }
);

test.describe('damaged links', () => {
  const result = buildResult({
    bankHash: index.hash,
    length: 'quick',
    day: 20_500,
    areas: index.areas.slice(0, 2).map((info) => ({ info, estimate: { theta: 0, se: 0.5 } }))
  });

  test('a cut-off link shows the damaged-link page, offering the check', async ({
    page,
    baseURL
  }) => {
    const link = shareLink(result, baseURL ?? '', null);
    await page.goto(link.slice(0, -6));
    await expect(page.getByRole('heading', { name: 'This result link is damaged' })).toBeVisible();
    await expect(page.getByText(/cut short/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Take the check yourself' })).toBeVisible();
  });

  test('a link from a newer format says so', async ({ page }) => {
    const body = Uint8Array.from([3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
    const crc = crc16(body);
    await page.goto(`./#r=${toBase64Url(Uint8Array.from([...body, crc >> 8, crc & 0xff]))}`);
    await expect(
      page.getByRole('heading', { name: 'This result link is from a newer version' })
    ).toBeVisible();
  });

  test('a result link pasted over a running page opens the result', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Start the check' })).toBeVisible();
    await page.evaluate(() => (location.hash = '#r=not*base64'));
    await expect(page.getByRole('heading', { name: 'This result link is damaged' })).toBeVisible();
    await expect(page.getByText(/characters that a result link never has/)).toBeVisible();
  });
});
