/** The Vite plugin that compiles questions/ into `virtual:question-bank` and one lazy chunk per area. */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { wordsFor } from '../lib/words-later.ts';
import { escapeAttribute } from '../lib/url.ts';
import { compileBanks, questionsDir as banksDir, type Compiled } from './compile.ts';

const INDEX_ID = 'virtual:question-bank';
const AREA_PREFIX = 'virtual:question-bank/area/';
const DETAILS_PREFIX = 'virtual:question-bank/details/';
const RESOLVED_INDEX = '\0question-bank';
const RESOLVED_AREA = '\0question-bank-area:';
const RESOLVED_DETAILS = '\0question-bank-details:';

/** Thrown when a bank is invalid: every error at once, each naming file, question and field. */
export class BankError extends Error {
  constructor(errors: string[]) {
    super(
      `questions/ has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  ${e}`).join('\n')}`
    );
    this.name = 'BankError';
  }
}

export function questionBanks(root = process.cwd()): Plugin {
  const questionsDir = banksDir(root);
  let compiled: Compiled | undefined;
  let serving = false;

  const current = (): Compiled => {
    compiled ??= compileBanks(root);
    if (compiled.errors.length > 0) throw new BankError(compiled.errors);
    return compiled;
  };

  const invalidate = (server: ViteDevServer) => {
    compiled = undefined;
    const errors = compileBanks(root).errors;
    if (errors.length > 0) console.error(new BankError(errors).message);
    for (const id of [...server.moduleGraph.idToModuleMap.keys()]) {
      if (
        id === RESOLVED_INDEX ||
        id.startsWith(RESOLVED_AREA) ||
        id.startsWith(RESOLVED_DETAILS)
      ) {
        const module = server.moduleGraph.getModuleById(id);
        if (module) server.moduleGraph.invalidateModule(module);
      }
    }
    server.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'question-banks',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      compiled = undefined;
      this.addWatchFile(questionsDir);
      // A build fails at once; the dev server keeps running and shows the errors in the browser's
      // overlay (and here), until the bank is fixed.
      try {
        current();
      } catch (error) {
        if (!serving) throw error;
        console.error(String(error instanceof Error ? error.message : error));
      }
    },
    resolveId(id) {
      if (id === INDEX_ID) return RESOLVED_INDEX;
      if (id.startsWith(AREA_PREFIX)) return RESOLVED_AREA + id.slice(AREA_PREFIX.length);
      if (id.startsWith(DETAILS_PREFIX)) return RESOLVED_DETAILS + id.slice(DETAILS_PREFIX.length);
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_INDEX) {
        const { index } = current();
        const loaders = (prefix: string) =>
          index.areas
            .map(
              (area) =>
                `  ${JSON.stringify(area.id)}: () => import(${JSON.stringify(prefix + area.id)})`
            )
            .join(',\n');
        return [
          `export const bankIndex = JSON.parse(${JSON.stringify(JSON.stringify(index))});`,
          `const areaLoaders = {\n${loaders(AREA_PREFIX)}\n};`,
          `const detailLoaders = {\n${loaders(DETAILS_PREFIX)}\n};`,
          'const load = (loaders, id) => {',
          '  const loader = Object.hasOwn(loaders, id) ? loaders[id] : undefined;',
          '  return loader ? loader().then((m) => m.default) : Promise.reject(new Error(`unknown area ${id}`));',
          '};',
          'export const loadAreaBank = (id) => load(areaLoaders, id);',
          'export const loadAreaDetails = (id) => load(detailLoaders, id);'
        ].join('\n');
      }
      const area = id.startsWith(RESOLVED_AREA) ? id.slice(RESOLVED_AREA.length) : null;
      const detailed = id.startsWith(RESOLVED_DETAILS) ? id.slice(RESOLVED_DETAILS.length) : null;
      const data = area
        ? current().banks[area]
        : detailed
          ? current().details[detailed]
          : undefined;
      if (area || detailed) {
        if (!data) throw new Error(`question-banks: no area ${area ?? detailed}`);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
      }
      return undefined;
    },
    // The page's title and description are the role's (areas.yaml), written into index.html.
    transformIndexHtml(html) {
      const { role } = current().index;
      return html
        .replace('%ROLE_PAGE_TITLE%', escapeAttribute(wordsFor(role).site.pageTitle))
        .replace('%ROLE_DESCRIPTION%', escapeAttribute(role.description));
    },
    configureServer(server) {
      server.watcher.add(questionsDir);
      const onChange = (file: string) => {
        if (resolve(file).startsWith(questionsDir)) invalidate(server);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    }
  };
}
