/**
 * Another role is another questions/ folder: the app built from a two-area fixture role, with no
 * code change, speaks of that role everywhere and asks its areas.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { expect, finishCheck, test } from './fixtures.ts';

const OUT = 'dist-role';
const PORT = 4176;
const QUESTIONS = 'tests/fixtures/role/questions';

/** Every text file of a build, for what it must (not) contain. */
function textFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(html|js|css|txt)$/.test(name) ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

test.describe('a second role from its own questions folder', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let server: PreviewServer | undefined;

  test.beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'error'],
      {
        env: { ...process.env, QUESTIONS_DIR: QUESTIONS, BASE_PATH: '/' },
        stdio: 'inherit'
      }
    );
  });

  test.afterAll(async () => {
    await server?.close();
    rmSync(OUT, { recursive: true, force: true });
  });

  test('the build names the role, never the other role', () => {
    const files = textFiles(OUT);
    const html = readFileSync(join(OUT, 'index.html'), 'utf8');
    expect(html).toContain('<title>Data Engineer Readiness: an adaptive skills check</title>');
    expect(readFileSync(join(OUT, 'r', 'ready', 'index.html'), 'utf8')).toContain(
      'content="Data Engineer readiness: Production-ready"'
    );
    expect(files.filter(({ text }) => /AI Architect|Architect-ready/.test(text))).toEqual([]);
    expect(readFileSync(join(OUT, 'embed.js'), 'utf8')).toMatch(
      /areaIds:\[(["`])pipelines\1,\1warehousing\1\]/
    );
  });

  test('the check asks the role’s areas and scores in its words', async ({ page }) => {
    server = await preview({
      build: { outDir: OUT },
      preview: { host: '127.0.0.1', port: PORT, strictPort: true },
      logLevel: 'error'
    });
    await page.goto(`http://127.0.0.1:${PORT}/?length=quick`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'How ready are you to be a Data Engineer?'
    );
    await expect(page.getByRole('checkbox')).toHaveCount(2);
    await page.getByRole('button', { name: 'Start the check' }).click();
    const asked = await finishCheck(page, 'unknown', /Your Data Engineer readiness/);
    expect(asked.every((id) => /^(pipelines|warehousing)-/.test(id))).toBe(true);
    await expect(page.locator('.overall .band')).toHaveText('Beginner');
  });
});
