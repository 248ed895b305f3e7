/** The Vite plugin that builds src/embed/loader.ts into `embed.js`, unhashed, at the app's root. */
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { embedSpecs } from '../lib/options.ts';
import { wordsFor } from '../lib/words-later.ts';
import type { EmbedContext } from '../embed/options.ts';
import { compileBanks } from './compile.ts';

const FILE = 'embed.js';

/** Bundles the loader on its own (no app code, no dependencies), minified, as a classic script. */
export async function bundleLoader(root: string): Promise<string> {
  const { index } = compileBanks(root);
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: {
      __READINESS_EMBED__: JSON.stringify({
        specs: embedSpecs(),
        areaIds: index.areas.map((area) => area.id),
        title: wordsFor(index.role).site.embedTitle
      } satisfies EmbedContext)
    },
    build: {
      write: false,
      target: 'es2020',
      minify: true,
      lib: {
        entry: resolve(root, 'src/embed/loader.ts'),
        formats: ['iife'],
        name: 'aiReadinessEmbed',
        fileName: () => FILE
      }
    }
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((result) => result.output).find((file) => file.fileName === FILE);
  if (!chunk || chunk.type !== 'chunk') throw new Error(`embed-loader: ${FILE} was not built`);
  return chunk.code;
}

/** Emits `embed.js` beside index.html in a build and serves it at the same path in dev. */
export function embedLoader(root = process.cwd()): Plugin {
  let base = '/';
  return {
    name: 'embed-loader',
    configResolved(config) {
      base = config.base;
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE, source: await bundleLoader(root) });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}${FILE}`) return next();
        bundleLoader(root).then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(code);
        }, next);
      });
    }
  };
}
