/** Byte budgets of the built site, and the measurements behind them (gzip and brotli, like a CDN serves). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** Budgets in bytes (1 KB = 1000 bytes), gzipped. */
export const BUDGETS = {
  /** index.html, its entry script and styles, and everything it preloads. */
  firstScreen: 40_000,
  /**
   * Each lazily loaded area chunk (its questions, or its explanations). 20,000 with about 44
   * questions an area; the reviewed banks hold 66 to 72, whose question chunks measured 20.3 to
   * 21.9 KB and explanation chunks 20.4 to 24.1 KB.
   */
  areaChunk: 25_000,
  /**
   * The embed loader served at the root. 1,500 until the option vocabulary: reading every option
   * from one table (the same one the app's URL and the builder use) measured 1,749 bytes.
   */
  embed: 1_800,
  /**
   * All of dist/ but images. 250,000 with 264 questions; the banks grew to about 410 (every area
   * at least 56 questions, each with its explanation), which is most of the rest.
   */
  total: 400_000
} as const;

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i;

/** Every file under dist/, with its raw, gzip (level 9) and brotli (quality 11) sizes. */
export function assetSizes(dist: string): AssetSize[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(dist);
  return files.sort().map((path) => {
    const bytes = readFileSync(path);
    return {
      file: relative(dist, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
    };
  });
}

/** The files the first screen loads before it can render: index.html and what it links, scripts and preloads. */
export function firstScreenFiles(dist: string, base = '/'): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"[^>]*>/g)]
    .filter(([tag]) => /<script|rel="(stylesheet|modulepreload)"/.test(tag ?? ''))
    .map(([, url]) => (url ?? '').replace(base, ''))
    .filter((url) => !/^[a-z]+:/i.test(url));
  return ['index.html', ...linked];
}

export interface BudgetLine {
  what: string;
  gzip: number;
  budget: number;
}

/** Each budgeted figure of a build, for the budget test and the benchmark. */
export function budgetLines(dist: string, base = '/'): BudgetLine[] {
  const sizes = assetSizes(dist);
  const gzipOf = (file: string) => sizes.find((s) => s.file === file)?.gzip ?? 0;
  const first = firstScreenFiles(dist, base);
  const lines: BudgetLine[] = [
    {
      what: `first screen (${first.join(', ')})`,
      gzip: first.reduce((sum, f) => sum + gzipOf(f), 0),
      budget: BUDGETS.firstScreen
    }
  ];
  for (const size of sizes.filter((s) => /^assets\/bank-.+\.js$/.test(s.file))) {
    lines.push({ what: size.file, gzip: size.gzip, budget: BUDGETS.areaChunk });
  }
  if (sizes.some((s) => s.file === 'embed.js'))
    lines.push({ what: 'embed.js', gzip: gzipOf('embed.js'), budget: BUDGETS.embed });
  const total = sizes.filter((s) => !IMAGE.test(s.file)).reduce((sum, s) => sum + s.gzip, 0);
  lines.push({ what: 'all of dist/ but images', gzip: total, budget: BUDGETS.total });
  return lines;
}
