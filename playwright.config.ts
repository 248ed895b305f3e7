import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium where it exists (Playwright cannot download browsers everywhere). */
const systemChromium = '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4173);
const basePath = process.env.BASE_PATH ?? '/';
/** The embed tests' host pages: another origin than the app's. */
const hostPort = Number(process.env.E2E_HOST_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic'
      ]
    }
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}${basePath}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000
    },
    {
      command: 'npx tsx tests/e2e/host/server.ts',
      url: `http://127.0.0.1:${hostPort}/post.html`,
      env: { HOST_PORT: String(hostPort), APP_URL: `http://127.0.0.1:${port}${basePath}` },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000
    }
  ]
});
