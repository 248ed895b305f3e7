/** What a person chooses on the intro screen (or a URL preselects): mode, length, areas. */
import type { Length } from './lengths.ts';

export type Mode = 'assessment' | 'practice';

export const MODES: readonly Mode[] = ['assessment', 'practice'];
export const LENGTHS: readonly Length[] = ['quick', 'standard', 'thorough'];

export interface QuizConfig {
  mode: Mode;
  length: Length;
  /** Area ids in the order they are asked. */
  areas: string[];
}

/** The default: an assessment of standard length over every area. */
export function defaultConfig(areaIds: readonly string[]): QuizConfig {
  return { mode: 'assessment', length: 'standard', areas: [...areaIds] };
}

/** Whether a config names a known mode and length and at least one known area, each once. */
export function isValidConfig(config: QuizConfig, areaIds: readonly string[]): boolean {
  return (
    MODES.includes(config.mode) &&
    LENGTHS.includes(config.length) &&
    config.areas.length > 0 &&
    new Set(config.areas).size === config.areas.length &&
    config.areas.every((id) => areaIds.includes(id))
  );
}
