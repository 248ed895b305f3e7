import type { FrameLocator, Locator, Page } from '@playwright/test';
import { accentProperties } from '../../src/embed/accent.ts';
import type { CompleteData } from '../../src/embed/protocol.ts';
import { expect, finishCheck, test } from './fixtures.ts';

/** The host pages (tests/e2e/host) are served from another origin than the app. */
const host = `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4174}`;

interface HostEvent {
  type: 'ready' | 'start' | 'complete';
  embed: string;
  detail: Record<string, unknown>;
}

/** The readiness events host.js recorded, optionally of one type on one embed div. */
function events(page: Page, type?: HostEvent['type'], embed?: string): Promise<HostEvent[]> {
  return page.evaluate(
    ([type, embed]) =>
      (window as unknown as { readinessEvents: HostEvent[] }).readinessEvents.filter(
        (event) => (!type || event.type === type) && (!embed || event.embed === embed)
      ),
    [type, embed] as const
  );
}

/** An embed's iframe, the app inside it, and its frame id. */
async function embedOf(page: Page, div: string) {
  const iframe = page.locator(`#${div} iframe`);
  await iframe.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await events(page, 'ready', div)).length).toBe(1);
  const id = (await page.locator(`#${div}`).getAttribute('data-ai-readiness-frame')) ?? '';
  return { iframe, app: iframe.contentFrame(), id };
}

const heightOf = (iframe: Locator) =>
  iframe.evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
const contentHeightOf = (app: FrameLocator) =>
  app.locator('#app').evaluate((root) => Math.ceil(root.getBoundingClientRect().height));

/** Waits until the frame is as tall as its content (give or take the 2 px the app drops). */
async function fitted(iframe: Locator, app: FrameLocator): Promise<number> {
  await expect
    .poll(async () => Math.abs((await heightOf(iframe)) - (await contentHeightOf(app))))
    .toBeLessThanOrEqual(2);
  return heightOf(iframe);
}

/** finishCheck answers through `locator` and `getByRole`, which a frame has just like a page. */
const inFrame = (app: FrameLocator) => app as unknown as Page;

/** Serves `html` as a page of the host origin (a snippet pasted into a post) and opens it. */
async function openPasted(page: Page, name: string, html: string): Promise<void> {
  const url = `${host}/pasted/${test.info().testId}-${name}.html`;
  // An empty icon: a missing favicon would log a 404 error.
  const head = '<!doctype html><link rel="icon" href="data:,">';
  const response = await page.request.put(url, { data: `${head}${html}` });
  expect(response.ok()).toBe(true);
  await page.goto(url);
}

/** Posts a message to the host page from inside an app frame. */
const postFrom = (app: FrameLocator, message: object) =>
  app.locator('body').evaluate((_, data) => parent.postMessage(data, '*'), message);

const envelope = (id: string, type: string, data?: object) => ({
  ns: 'ai-readiness',
  v: 1,
  id,
  type,
  ...(data ? { data } : {})
});

test.describe('embedding on a blog', () => {
  test(
    'the loader turns the div into a titled, lazy, auto-sized frame of the app',
    { tag: '@subpath' },
    async ({ page }) => {
      await page.goto(`${host}/post.html`);
      const { iframe, app, id } = await embedOf(page, 'check');
      await expect(page.locator('#check iframe')).toHaveCount(1);
      await expect(iframe).toHaveAttribute('title', 'AI Architect readiness check');
      await expect(iframe).toHaveAttribute('loading', 'lazy');
      await expect(iframe).toHaveAttribute('allow', 'clipboard-write; web-share');
      const src = new URL((await iframe.getAttribute('src')) ?? '');
      expect(src.origin).not.toBe(host);
      expect(Object.fromEntries(src.searchParams)).toEqual({
        embed: '1',
        length: 'quick',
        areas: 'cloud,security',
        share: `${host}/post.html`,
        frame: id
      });
      expect(id).toMatch(/^[a-z0-9]+$/);
      // The fallback link stays in the div, hidden while the frame is there.
      await expect(page.locator('#check > a')).toBeHidden();
      // Compact: no page header or footer inside the frame, and no scrollbar.
      await expect(app.getByRole('banner')).toHaveCount(0);
      await expect(app.getByRole('heading', { level: 1 })).toHaveText(/How ready are you/);
      const height = await fitted(iframe, app);
      expect(height).toBeGreaterThan(400);
      expect(await iframe.evaluate((frame) => frame.getBoundingClientRect().width)).toBeGreaterThan(
        600
      );
    }
  );

  test('the frame grows with the results, shrinks after "Start again", and reports once', async ({
    page
  }) => {
    await page.goto(`${host}/post.html`);
    const { iframe, app } = await embedOf(page, 'check');
    const intro = await fitted(iframe, app);

    await app.getByRole('button', { name: 'Start the check' }).click();
    await expect.poll(() => events(page, 'start')).toHaveLength(1);
    expect((await events(page, 'start'))[0]?.detail).toEqual({
      mode: 'assessment',
      length: 'quick',
      areas: ['cloud', 'security']
    });
    await finishCheck(inFrame(app), 'right');
    // The results appear part by part; the recommendations come last.
    await app.getByRole('heading', { name: 'Work on these first' }).waitFor();

    const results = await fitted(iframe, app);
    expect(results).toBeGreaterThan(intro + 300);
    await expect.poll(() => events(page, 'complete')).toHaveLength(1);
    const detail = (await events(page, 'complete'))[0]?.detail as unknown as CompleteData;
    const shown = Number(await app.locator('.overall .number').textContent());
    expect(detail.score).toBe(shown);
    expect(detail.low).toBeLessThanOrEqual(shown);
    expect(detail.high).toBeGreaterThanOrEqual(shown);
    // The band the results show (a quick check of two areas, all right).
    const shownBand = (await app.locator('.overall .band').getAttribute('class'))?.split(' ')[1];
    expect(['proficient', 'ready']).toContain(detail.band);
    expect(detail.band).toBe(shownBand);
    expect(detail.areas.map((area) => [area.id, area.band])).toEqual([
      ['cloud', expect.any(String)],
      ['security', expect.any(String)]
    ]);
    expect(detail.link).toMatch(new RegExp(`^${host}/post\\.html#air=[\\w-]+$`));
    // The host page reacts in its own page (host.js writes the score under the frame).
    await expect(page.locator('#check-status')).toHaveText(
      `Your readiness score: ${shown} (${detail.band}).`
    );

    // Reviewing and coming back is the same finished assessment: no second event.
    await app.getByRole('button', { name: /^Review all/ }).click();
    await app.getByRole('button', { name: 'Back to results' }).first().click();
    await expect(app.locator('.overall .number')).toHaveText(String(shown));
    expect(await events(page, 'complete')).toHaveLength(1);

    // Reloading the post reopens the finished assessment in its frame: not a new completion,
    // neither on load nor when the quiz takes over from the restored results.
    await page.reload();
    const reopened = await embedOf(page, 'check');
    await expect(reopened.app.locator('.overall .number')).toHaveText(String(shown));
    await reopened.app.getByRole('heading', { name: 'Work on these first' }).waitFor();
    expect(Math.abs((await fitted(reopened.iframe, reopened.app)) - results)).toBeLessThan(40);
    await reopened.app.getByRole('button', { name: /^Review all/ }).click();
    await reopened.app.getByRole('button', { name: 'Back to results' }).first().click();
    await expect(reopened.app.locator('.overall .number')).toHaveText(String(shown));

    // "Start again" asks first; the frame fits the question and then the intro.
    await reopened.app.getByRole('button', { name: 'Start again' }).click();
    await reopened.app.getByRole('alertdialog').waitFor();
    await fitted(reopened.iframe, reopened.app);
    await reopened.app.getByRole('button', { name: 'Start a new check' }).click();
    await expect(reopened.app.getByRole('button', { name: 'Start the check' })).toBeVisible();
    await expect.poll(() => heightOf(reopened.iframe)).toBeLessThan(results - 300);
    // The intro now greets a returning reader (the result is in the embed's history): the
    // frame fits it, a little taller than the first intro.
    await expect(reopened.app.getByRole('button', { name: /Your progress/ })).toBeVisible();
    const returning = await fitted(reopened.iframe, reopened.app);
    expect(returning).toBeGreaterThanOrEqual(intro - 2);
    expect(returning).toBeLessThan(intro + 200);
    expect(await events(page, 'complete')).toEqual([]);
  });

  test('two embeds on one page (and embed.js loaded twice) never hear each other', async ({
    page
  }) => {
    await page.goto(`${host}/two.html`);
    const first = await embedOf(page, 'first');
    const second = await embedOf(page, 'second');
    await expect(page.locator('iframe')).toHaveCount(2);
    expect(first.id).not.toBe(second.id);
    await expect(second.iframe).toHaveAttribute('title', 'Security check');
    // Each frame has its own options: theme and accent.
    await expect(first.app.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(second.app.locator('html')).toHaveAttribute('data-theme', 'dark');
    const [, darkAccent] = /, (#[0-9a-f]{6})\)$/.exec(
      accentProperties('#c2410c')['--accent'] ?? ''
    ) ?? ['', ''];
    const rgb = [1, 3, 5].map((i) => parseInt(darkAccent.slice(i, i + 2), 16)).join(', ');
    await expect(second.app.getByRole('button', { name: 'Start the check' })).toHaveCSS(
      'background-color',
      `rgb(${rgb})`
    );

    const secondHeight = await fitted(second.iframe, second.app);
    await first.app.getByRole('button', { name: 'Start the check' }).click();
    await finishCheck(inFrame(first.app), 'unknown');
    await expect.poll(() => events(page, 'complete', 'first')).toHaveLength(1);
    expect((await events(page, 'complete', 'first'))[0]?.detail.band).toBe('foundational');
    await fitted(first.iframe, first.app);
    expect(await events(page, 'start', 'second')).toEqual([]);
    expect(await events(page, 'complete', 'second')).toEqual([]);
    expect(await heightOf(second.iframe)).toBe(secondHeight);
  });

  test('messages forged from another window, another frame or another namespace change nothing', async ({
    page
  }) => {
    await page.goto(`${host}/two.html`);
    const first = await embedOf(page, 'first');
    const second = await embedOf(page, 'second');
    const before = [await fitted(first.iframe, first.app), await fitted(second.iframe, second.app)];
    const score = { score: 99, low: 95, high: 100, band: 'ready', areas: [], link: null };

    // The host page itself (not the app's origin), using the first frame's id.
    await page.evaluate(
      (message) => window.postMessage(message, '*'),
      envelope(first.id, 'resize', { height: 3000 })
    );
    // The second frame (the app's origin, but not the first frame's window).
    await postFrom(second.app, envelope(first.id, 'resize', { height: 3000 }));
    await postFrom(second.app, envelope(first.id, 'complete', score));
    // The first frame, with another namespace, version or id.
    await postFrom(first.app, { ...envelope(first.id, 'resize', { height: 3000 }), ns: 'other' });
    await postFrom(first.app, { ...envelope(first.id, 'complete', score), ns: 'other' });
    await postFrom(first.app, { ...envelope(first.id, 'resize', { height: 3000 }), v: 2 });
    await postFrom(first.app, envelope(second.id, 'resize', { height: 3000 }));
    await postFrom(first.app, envelope(first.id, 'navigate', { height: 3000 }));
    // Well-formed messages sent after them from the same windows do get through.
    await postFrom(first.app, envelope(first.id, 'ready', {}));
    await postFrom(second.app, envelope(second.id, 'ready', {}));
    await expect.poll(async () => (await events(page, 'ready')).length).toBe(4);

    expect([await heightOf(first.iframe), await heightOf(second.iframe)]).toEqual(before);
    expect(await events(page, 'complete')).toEqual([]);
    // The same resize from the right frame with the right envelope moves it (clamped).
    await postFrom(first.app, envelope(first.id, 'resize', { height: 30_000 }));
    await expect.poll(() => heightOf(first.iframe)).toBe(10_000);
    expect(await heightOf(second.iframe)).toBe(before[1]);
  });

  test(
    'a data-share-url link opens the result inside the host page',
    { tag: '@subpath' },
    async ({ page }) => {
      await page.goto(`${host}/post.html`);
      const { app } = await embedOf(page, 'check');
      await app.getByRole('button', { name: 'Start the check' }).click();
      await finishCheck(inFrame(app), 'wrong');
      await expect.poll(() => events(page, 'complete')).toHaveLength(1);
      const detail = (await events(page, 'complete'))[0]?.detail as unknown as CompleteData;
      const link = detail.link ?? '';
      expect(link.startsWith(`${host}/post.html#air=`)).toBe(true);

      const showsResult = async (frame: FrameLocator) => {
        await expect(
          frame.getByRole('heading', { name: 'A shared AI Architect readiness result' })
        ).toBeVisible();
        await expect(frame.getByText('Self-reported', { exact: true })).toBeVisible();
        await expect(frame.locator('.overall .number')).toHaveText(String(detail.score));
        await expect(frame.getByRole('banner')).toHaveCount(0);
      };
      // Opened over the running page (only the fragment changes)…
      await page.goto(link);
      await showsResult(app);
      // …and opened afresh.
      await page.goto('about:blank');
      await page.goto(link);
      const shared = await embedOf(page, 'check');
      expect(new URL((await shared.iframe.getAttribute('src')) ?? '').hash).toBe(
        `#r=${link.split('#air=')[1]}`
      );
      await showsResult(shared.app);
      await fitted(shared.iframe, shared.app);
      await expect(page.locator('#check iframe')).toBeInViewport();
    }
  );

  test.describe('the embed page', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('is linked from the check and gives snippets that work on another site', async ({
      page
    }) => {
      await page.goto('./');
      await page.getByRole('link', { name: 'Embed this check' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed this check');
      const form = page.getByRole('form', { name: 'Embed options' });
      for (const area of ['AI Frameworks & Models', 'Cybersecurity for AI', 'System Design'])
        await form.getByLabel(area).uncheck();
      await form.getByLabel('Data & MLOps').uncheck();
      await form.getByLabel('AI Strategy & Governance').uncheck();
      await form.getByLabel('Length').selectOption('quick');
      await form.getByLabel('Theme').selectOption('dark');
      await form.getByLabel(/^Frame title/).fill('A "quick" <cloud> check');

      const preview = page.locator('iframe.preview');
      await expect(preview).toHaveAttribute('src', /embed=1&length=quick&areas=cloud&theme=dark$/);
      await expect(preview.contentFrame().getByRole('checkbox', { checked: true })).toHaveCount(1);

      const snippet = page.getByRole('region', { name: 'The snippet' });
      const loaderCode = (await snippet.locator('code').textContent()) ?? '';
      expect(loaderCode).toContain('data-title="A &quot;quick&quot; &lt;cloud&gt; check"');
      await snippet.getByRole('button', { name: 'Copy the snippet' }).click();
      await expect(snippet.getByRole('status')).toHaveText('Copied to the clipboard.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(loaderCode);

      const plain = page.getByRole('region', { name: 'If your platform strips scripts' });
      const iframeCode = (await plain.locator('code').textContent()) ?? '';

      // The script snippet, pasted into a page on another origin.
      await openPasted(page, 'snippet', loaderCode);
      const frame = page.locator('[data-ai-readiness] iframe');
      await expect(frame).toHaveAttribute('title', 'A "quick" <cloud> check');
      await expect(frame.contentFrame().locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(frame.contentFrame().getByRole('checkbox', { checked: true })).toHaveCount(1);
      await fitted(frame, frame.contentFrame());

      // The plain iframe: fixed height, the check scrolls and runs inside it.
      await openPasted(page, 'plain', iframeCode);
      const plainFrame = page.locator('iframe');
      const app = plainFrame.contentFrame();
      await expect(plainFrame).toHaveAttribute('title', 'A "quick" <cloud> check');
      await app.getByRole('button', { name: 'Start the check' }).click();
      await expect(app.locator('article[data-item-id^="cloud-"]')).toBeVisible();
      expect(await heightOf(plainFrame)).toBe(720);
      await finishCheck(inFrame(app), 'right');
      expect(await contentHeightOf(app)).toBeGreaterThan(720);
      expect(await heightOf(plainFrame)).toBe(720);
    });

    test('a bad option is ignored with a console warning naming it', async ({ page, baseURL }) => {
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      const div =
        '<div data-ai-readiness data-theme="pink" data-areas="cloud,mars" data-length="quick"></div>';
      const script = `<script src="${new URL('embed.js', baseURL)}"></script>`;
      await openPasted(page, 'bad', `${div}${script}`);
      const src = new URL((await page.locator('iframe').getAttribute('src')) ?? '');
      expect(Object.fromEntries(src.searchParams)).toMatchObject({ embed: '1', length: 'quick' });
      expect(src.searchParams.has('theme')).toBe(false);
      // An area list keeps its known areas, as the app's own URL does.
      expect(src.searchParams.get('areas')).toBe('cloud');
      expect(warnings).toEqual(
        expect.arrayContaining([
          'AI readiness embed: ignored data-theme="pink"',
          'AI readiness embed: ignored “mars” in data-areas="cloud,mars"'
        ])
      );
    });
  });
});
