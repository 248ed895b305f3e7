/**
 * What the first screen says of the history (how many attempts, how many reviews due) without
 * loading it: a glance at the stored shapes. The history itself loads with the screens using it.
 */
import type { QuizConfig } from '../quiz/config.ts';
import type { KeyValueStore } from './storage.ts';

/** The storage key of a role's history, in one scope (the standalone app, or one embed). */
export function historyKey(roleName: string, scope = ''): string {
  const role = roleName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `ai-readiness:history:${role}${scope ? `:${scope}` : ''}`;
}

/** The storage key of the review cards, beside the history's. */
export function reviewKey(historyKey: string): string {
  return historyKey.replace(':history:', ':review:');
}

export interface HistoryCounts {
  attempts: number;
  due: number;
}

/** Never throws: the count of stored attempts and of reviews due by `today` (a UTC day number). */
export function historyCounts(
  store: KeyValueStore | null,
  key: string,
  today: number
): HistoryCounts {
  const list = (storageKey: string, field: string): unknown[] => {
    try {
      const stored: unknown = JSON.parse(store?.getItem(storageKey) ?? 'null');
      const value = (stored as Record<string, unknown> | null)?.[field];
      return Array.isArray(value) ? value : [];
    } catch {
      return [];
    }
  };
  const due = list(reviewKey(key), 'cards').filter(
    (card) =>
      typeof (card as { due?: unknown })?.due === 'number' && (card as { due: number }).due <= today
  ).length;
  return { attempts: list(key, 'attempts').length, due };
}

/** The scope of an embed's history and saved progress: its own options, or its `data-id`. */
export function embedScope(id: string | null, config: QuizConfig): string {
  if (id) return `embed-${id}`;
  const { mode, length, areas } = config;
  return `embed-${mode}-${length}-${areas.join('.')}`.slice(0, 200);
}
