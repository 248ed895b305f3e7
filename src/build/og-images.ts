/** `npm run og-images`: renders the role's og/<band>.png (1200×630) from each band's SVG in Chromium. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { BANDS } from '../quiz/scoring.ts';
import { CARD_SIZE } from '../share/palette.ts';
import { compileBanks, questionsDir } from './compile.ts';
import { bandImageSvg } from './og-card.ts';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const MAX_BYTES = 300 * 1024;

const out = join(questionsDir(process.cwd()), 'og');
const { role } = compileBanks(process.cwd()).index;
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
});
try {
  const page = await browser.newPage({ viewport: CARD_SIZE, deviceScaleFactor: 1 });
  for (const band of BANDS) {
    await page.setContent(
      `<!doctype html><body style="margin:0">${bandImageSvg(band, role)}</body>`
    );
    const file = join(out, `${band}.png`);
    await page.screenshot({ path: file, type: 'png', clip: { x: 0, y: 0, ...CARD_SIZE } });
    const bytes = statSync(file).size;
    if (bytes > MAX_BYTES) throw new Error(`${file} is ${bytes} bytes, over 300 KB`);
    console.log(`${file}: ${Math.round(bytes / 1024)} KB`);
  }
} finally {
  await browser.close();
}
