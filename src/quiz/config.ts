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
  /**
   * Practice of these questions only (what an attempt missed, or the reviews due), each asked in
   * its area's turn; without it practice takes each area's whole bank.
   */
  items?: string[];
}

/** The default: an assessment of standard length over every area. */
export function defaultConfig(areaIds: readonly string[]): QuizConfig {
  return { mode: 'assessment', length: 'standard', areas: [...areaIds] };
}

/** The longest list of questions a practice of given questions takes. */
export const ITEMS_MAX = 500;

/**
 * Whether a config names a known mode and length and at least one known area, each once; a list
 * of questions only in practice, each once.
 */
export function isValidConfig(config: QuizConfig, areaIds: readonly string[]): boolean {
  const items = config.items;
  const itemsValid =
    items === undefined ||
    (config.mode === 'practice' &&
      Array.isArray(items) &&
      items.length > 0 &&
      items.length <= ITEMS_MAX &&
      items.every((id) => typeof id === 'string' && /^[a-z0-9-]{1,80}$/.test(id)) &&
      new Set(items).size === items.length);
  return (
    itemsValid &&
    MODES.includes(config.mode) &&
    LENGTHS.includes(config.length) &&
    config.areas.length > 0 &&
    new Set(config.areas).size === config.areas.length &&
    config.areas.every((id) => areaIds.includes(id))
  );
}
