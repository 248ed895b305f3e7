/**
 * `npm run bench`: asset sizes, Lighthouse on three pages, time to the first question under 4× CPU
 * throttling, and the CPU cost of scoring. Prints tables and writes bench-results/bench.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { preview } from 'vite';
import { createActor, fromPromise, waitFor } from 'xstate';
import { STORAGE_FORMAT, STORAGE_KEY } from '../lib/storage.ts';
import { candidateOf, type AreaBank } from '../quiz/bank.ts';
import { quizMachine } from '../quiz/machine.ts';
import { resultOf } from '../quiz/run.ts';
import { savedProgressOf } from '../quiz/saved.ts';
import { estimateAreas } from '../quiz/scoring.ts';
import { nextItem } from '../quiz/select.ts';
import { shareLink } from '../share/link.ts';
import { assetSizes, budgetLines } from './budget.ts';
import { compileBanks } from './compile.ts';
import { formatTable } from './coverage.ts';
import { syntheticBank } from './synthetic.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
];
const PORT = 4280;
const ORIGIN = `http://127.0.0.1:${PORT}`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** A finished thorough assessment through the machine (no UI), answering every question right. */
async function runMachine(banks: Record<string, AreaBank>, areas: string[]) {
  const compiled = compileBanks(process.cwd());
  const machine = quizMachine.provide({
    actors: { loadArea: fromPromise(async ({ input }) => banks[input.areaId] as AreaBank) }
  });
  const config = { mode: 'assessment' as const, length: 'thorough' as const, areas };
  const actor = createActor(machine, {
    input: { index: compiled.index, config, seed: 42, today: 20_500 }
  }).start();
  const cpu = process.cpuUsage();
  actor.send({ type: 'quiz.start', config });
  for (;;) {
    const snapshot = await waitFor(actor, (s) => !s.hasTag('busy'));
    if (snapshot.matches('results')) break;
    if (snapshot.matches('areaSummary')) actor.send({ type: 'area.next' });
    else {
      const item = snapshot.context.bank.find((i) => i.id === snapshot.context.current?.itemId);
      actor.send({
        type: 'answer.submit',
        optionIds: item?.options.filter((o) => o.correct).map((o) => o.id) ?? []
      });
    }
  }
  const used = process.cpuUsage(cpu);
  return { snapshot: actor.getSnapshot(), cpuMs: (used.user + used.system) / 1000, compiled };
}

/**
 * The cost of one answer: every area's estimate under the higher-order model (six areas, four
 * answers each) and the next item's selection on a 100-item area; median of 2,000, in microseconds.
 */
function scoringCost(): number {
  const items = syntheticBank('bench', 20).items.map(candidateOf);
  const timings: number[] = [];
  let rng = 1;
  for (let run = 0; run < 2_000; run++) {
    const areas = Array.from({ length: 6 }, (_, k) =>
      items
        .slice(k * 4, k * 4 + 4)
        .map((item, i) => ({ ...item, correct: (run + i + k) % 3 !== 0 }))
    );
    const start = performance.now();
    const estimates = estimateAreas(areas, 0.55);
    const next = nextItem({
      bank: items,
      asked: areas[0]?.map((r) => r.id) ?? [],
      theta: estimates.areas[0]?.theta ?? 0,
      rng
    });
    timings.push(performance.now() - start);
    rng = next?.rng ?? rng;
  }
  return median(timings) * 1000;
}

/** Lighthouse runs per page: scores move a few points between runs, so the median run is reported. */
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

type LighthouseRow = Record<string, number | number[]>;

async function lighthouseScores(urls: Record<string, string>, finishedSession: string) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const rows: Record<string, LighthouseRow> = {};
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    for (const [name, url] of Object.entries(urls)) {
      const runs: Record<string, number>[] = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
        // The results page is a finished session restored from storage, as after a reload.
        const page = await browser.newPage();
        await page.goto(`${ORIGIN}/`);
        await page.evaluate(
          (key, value) => (value ? localStorage.setItem(key, value) : localStorage.removeItem(key)),
          STORAGE_KEY,
          name === 'results' ? finishedSession : ''
        );
        await page.close();
        const report = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          disableStorageReset: true,
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
        });
        const lhr = report?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no report for ${url}`);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        runs.push({
          performance: Math.round(100 * (lhr.categories.performance?.score ?? 0)),
          accessibility: Math.round(100 * (lhr.categories.accessibility?.score ?? 0)),
          bestPractices: Math.round(100 * (lhr.categories['best-practices']?.score ?? 0)),
          seo: Math.round(100 * (lhr.categories.seo?.score ?? 0)),
          fcpMs: Math.round(audit('first-contentful-paint')),
          lcpMs: Math.round(audit('largest-contentful-paint')),
          tbtMs: Math.round(audit('total-blocking-time')),
          cls: Number(audit('cumulative-layout-shift').toFixed(3))
        });
      }
      // The run with the median performance score (ties: the median blocking time among them).
      const ranked = [...runs].sort(
        (a, b) => (a.performance ?? 0) - (b.performance ?? 0) || (b.tbtMs ?? 0) - (a.tbtMs ?? 0)
      );
      const middle = ranked[Math.floor((ranked.length - 1) / 2)] ?? {};
      rows[name] = { ...middle, performanceRuns: runs.map((r) => r.performance ?? 0) };
    }
    await browser.disconnect();
  } finally {
    chrome.kill();
  }
  return rows;
}

/** Navigation to the first question being interactive, with 4× CPU throttling: median of 5, in ms. */
async function timeToFirstQuestion(): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  const timings: number[] = [];
  try {
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${ORIGIN}/?areas=cloud`);
      await page.getByRole('button', { name: 'Start the check' }).click();
      await page.locator('article[data-item-id] input[name="answer"]').first().waitFor();
      timings.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return timings;
}

async function main() {
  const sizes = assetSizes('dist');
  console.log('\nAssets (bytes)\n');
  console.log(
    formatTable([
      ['file', 'raw', 'gzip', 'brotli'],
      ...sizes.map((s) => [s.file, String(s.raw), String(s.gzip), String(s.brotli)])
    ])
  );
  const budgets = budgetLines('dist');
  console.log('\nBudgets (gzip, KB = 1000 bytes)\n');
  console.log(
    formatTable([
      ['what', 'gzip', 'budget'],
      ...budgets.map((b) => [b.what, kb(b.gzip), kb(b.budget)])
    ])
  );

  const compiled = compileBanks(process.cwd());
  const areas = compiled.index.areas.map((a) => a.id);
  // The first run includes compiling the code (as in a fresh page); the next five are warm.
  const runs = [];
  for (let run = 0; run < 6; run++) runs.push(await runMachine(compiled.banks, areas));
  const { snapshot, cpuMs: coldMs } = runs[0] ?? (await runMachine(compiled.banks, areas));
  const cpuMs = median(runs.slice(1).map((r) => r.cpuMs));
  const perAnswer = scoringCost();
  console.log(
    `\nScoring: ${perAnswer.toFixed(1)} µs per answer (EAP + selection, 100-item area, median of 10,000)`
  );
  console.log(
    `Whole thorough assessment through the machine (${snapshot.context.answers.length} answers): ${cpuMs.toFixed(1)} ms CPU warm (median of 5), ${coldMs.toFixed(1)} ms cold`
  );

  const result = resultOf(snapshot.context);
  const finishedSession = JSON.stringify({
    format: STORAGE_FORMAT,
    bankHash: compiled.index.hash,
    finished: true,
    progress: savedProgressOf(snapshot.context)
  });
  const shared = shareLink(result, `${ORIGIN}/`, null);

  const server = await preview({
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    logLevel: 'error'
  });
  try {
    const firstQuestion = await timeToFirstQuestion();
    console.log(
      `\nTime to the first question (4× CPU throttling): median ${median(firstQuestion).toFixed(0)} ms of ${firstQuestion.map((t) => t.toFixed(0)).join(', ')}`
    );
    const lighthouseRows = await lighthouseScores(
      { intro: `${ORIGIN}/`, results: `${ORIGIN}/`, shared },
      finishedSession
    );
    console.log(
      `\nLighthouse 12.2.3 (mobile, simulated throttling): the median of ${LIGHTHOUSE_RUNS} runs per page\n`
    );
    const keys = [
      'performance',
      'accessibility',
      'bestPractices',
      'seo',
      'fcpMs',
      'lcpMs',
      'tbtMs',
      'cls'
    ];
    console.log(
      formatTable([
        ['page', ...keys, 'performance of each run'],
        ...Object.entries(lighthouseRows).map(([page, row]) => [
          page,
          ...keys.map((k) => String(row[k])),
          String(row.performanceRuns).replaceAll(',', ' ')
        ])
      ])
    );
    mkdirSync('bench-results', { recursive: true });
    const json = {
      date: new Date().toISOString(),
      sizes,
      budgets,
      scoring: {
        perAnswerMicroseconds: perAnswer,
        thoroughAssessmentCpuMs: cpuMs,
        thoroughAssessmentColdCpuMs: coldMs
      },
      timeToFirstQuestionMs: firstQuestion,
      lighthouse: lighthouseRows
    };
    writeFileSync('bench-results/bench.json', `${JSON.stringify(json, null, 2)}\n`);
    console.log('\nWrote bench-results/bench.json');
  } finally {
    await server.close();
  }
}

await main();
