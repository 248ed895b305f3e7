/** Vitest's global setup: the real banks are compiled once per test run and handed to every file. */
import type { TestProject } from 'vitest/node';
import { compileBanks, type Compiled } from './compile.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** questions/ compiled once for the whole run: `inject('realBanks')`. */
    realBanks: Compiled;
  }
}

export function setup(project: TestProject): void {
  project.provide('realBanks', compileBanks(process.cwd()));
}
