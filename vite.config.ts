import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { bandPages } from './src/build/band-pages.ts';
import { SECURITY_HEADERS, contentSecurityPolicy } from './src/build/csp.ts';
import { embedLoader } from './src/build/embed-loader.ts';
import { questionBanks } from './src/build/plugin.ts';

/** BASE_PATH serves the app from a sub-path such as /readiness/. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [questionBanks(), svelte(), contentSecurityPolicy(), embedLoader(), bandPages()],
  build: {
    target: 'es2022',
    // Every browser with modulepreload preloads the chunks itself; the rest still load them.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => {
          const [, kind, area] =
            chunk.facadeModuleId?.match(/\0question-bank-(area|details):(.+)$/) ?? [];
          if (!area) return 'assets/[name]-[hash].js';
          return kind === 'details'
            ? `assets/bank-${area}-details-[hash].js`
            : `assets/bank-${area}-[hash].js`;
        }
      }
    }
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: SECURITY_HEADERS }
});
