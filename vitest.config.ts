import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const shared = {
  environment: 'node',
  expect: { requireAssertions: true },
  // No test depends on how fast this machine is: a timeout only catches a test that hangs.
  testTimeout: 120_000
} as const;

export default defineConfig({
  test: {
    globalSetup: ['src/build/real-banks.setup.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.svelte.test.ts']
        }
      },
      {
        // Classes with runes ($state, createSubscriber): compiled by Svelte, with its client build.
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: { ...shared, name: 'runes', include: ['src/**/*.svelte.test.ts'] }
      }
    ]
  }
});
