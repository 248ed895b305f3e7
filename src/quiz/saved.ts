/** The part of the quiz context that is saved for resume, and its strict validation. */
import type { BankIndex } from './bank.ts';
import { isValidConfig, type QuizConfig } from './config.ts';
import type { Answer, CurrentQuestion, QuizContext } from './run.ts';

/** Plain data only: no bank text (it is reloaded from the build), no index (it comes from the build). */
export interface SavedProgress {
  config: QuizConfig;
  today: number;
  /** The scoring model's ρ of the run; absent in saves made before the higher-order model. */
  rho?: number | undefined;
  rng: number;
  areaIndex: number;
  queue: string[];
  current: CurrentQuestion | null;
  answers: Answer[];
}

/** What to save of a context. */
export function savedProgressOf(context: QuizContext): SavedProgress {
  const { config, today, rho, rng, areaIndex, queue, current, answers } = context;
  return { config, today, rho, rng, areaIndex, queue, current, answers };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z0-9-]{1,80}$/.test(value);
const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isId);

function parseAnswer(value: unknown, areas: readonly string[]): Answer | null {
  if (!isRecord(value)) return null;
  const { itemId, area, choice, correct, a, b, c, theta, se } = value;
  if (!isId(itemId) || !isId(area) || !areas.includes(area)) return null;
  if (choice !== null && !(isIdList(choice) && choice.length > 0)) return null;
  if (typeof correct !== 'boolean' || (choice === null && correct)) return null;
  if (![a, b, c, theta, se].every(isFiniteNumber)) return null;
  const params = {
    a: a as number,
    b: b as number,
    c: c as number,
    theta: theta as number,
    se: se as number
  };
  if (
    params.a <= 0 ||
    params.a > 3 ||
    params.b < -2 ||
    params.b > 2 ||
    params.c < 0 ||
    params.c >= 1
  )
    return null;
  if (params.theta < -4 || params.theta > 4 || params.se < 0 || params.se > 4) return null;
  return { itemId, area, choice: choice === null ? null : [...choice], correct, ...params };
}

/**
 * Validates untrusted saved data against the current bank index; null when anything is off.
 * Items are checked again against the reloaded bank when the area loads.
 */
export function parseSavedProgress(value: unknown, index: BankIndex): SavedProgress | null {
  if (!isRecord(value)) return null;
  const { config, today, rho, rng, areaIndex, queue, current, answers } = value;
  if (rho !== undefined && !(isFiniteNumber(rho) && rho >= 0 && rho <= 0.9)) return null;
  if (!isRecord(config) || !isIdList(config.areas)) return null;
  if (config.items !== undefined && !isIdList(config.items)) return null;
  const parsedConfig = {
    mode: config.mode,
    length: config.length,
    areas: [...config.areas],
    ...(config.items === undefined ? {} : { items: [...config.items] })
  } as QuizConfig;
  if (
    !isValidConfig(
      parsedConfig,
      index.areas.map((area) => area.id)
    )
  )
    return null;
  if (!Number.isInteger(today) || (today as number) < 0 || (today as number) > 65_535) return null;
  if (!Number.isInteger(rng) || Math.abs(rng as number) > 2 ** 32) return null;
  if (
    !Number.isInteger(areaIndex) ||
    (areaIndex as number) < 0 ||
    (areaIndex as number) >= parsedConfig.areas.length
  )
    return null;
  if (!isIdList(queue)) return null;
  let parsedCurrent: CurrentQuestion | null = null;
  if (current !== null) {
    if (!isRecord(current) || !isId(current.itemId) || !isIdList(current.optionOrder)) return null;
    parsedCurrent = { itemId: current.itemId, optionOrder: [...current.optionOrder] };
  }
  if (!Array.isArray(answers) || answers.length > 1000) return null;
  const parsedAnswers = answers.map((answer) => parseAnswer(answer, parsedConfig.areas));
  if (parsedAnswers.some((answer) => answer === null)) return null;
  const ids = parsedAnswers.map((answer) => answer?.itemId);
  if (new Set(ids).size !== ids.length) return null;
  return {
    config: parsedConfig,
    today: today as number,
    ...(rho === undefined ? {} : { rho: rho as number }),
    rng: (rng as number) | 0,
    areaIndex: areaIndex as number,
    queue: [...queue],
    current: parsedCurrent,
    answers: parsedAnswers as Answer[]
  };
}
