/** Where a run stands: the area and the question on screen (pure readings, for every screen). */
import type { Item } from './bank.ts';
import type { QuizContext } from './run.ts';

/** The id of the area being asked. */
export function currentAreaId(context: Pick<QuizContext, 'config' | 'areaIndex'>): string {
  return context.config.areas[context.areaIndex] ?? '';
}

/** The current question's item. */
export function currentItem(context: Pick<QuizContext, 'bank' | 'current'>): Item | undefined {
  return context.bank.find((item) => item.id === context.current?.itemId);
}
