/** What the review and the recommendations show: each asked question with its answer. */
import type { AreaBank, AreaDetails, ExplainedItem } from './bank.ts';
import type { Answer } from './run.ts';

export interface ReviewEntry {
  item: ExplainedItem;
  answer: Answer;
}

/** An area's items joined with their explanations and sources. */
export function explainedItems(bank: AreaBank, details: AreaDetails): ExplainedItem[] {
  return bank.items.flatMap((item) => {
    const extra = details.items[item.id];
    return extra ? [{ ...item, ...extra }] : [];
  });
}

/** Pairs every answer with its item, in the order asked; answers whose item is unknown are skipped. */
export function reviewEntries(
  answers: readonly Answer[],
  items: readonly ExplainedItem[]
): ReviewEntry[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return answers.flatMap((answer) => {
    const item = byId.get(answer.itemId);
    return item ? [{ item, answer }] : [];
  });
}

/** Ids of the questions missed (wrong or "I don't know"), by area. */
export function missedByArea(answers: readonly Answer[]): Record<string, string[]> {
  const missed: Record<string, string[]> = {};
  for (const answer of answers) {
    if (!answer.correct) (missed[answer.area] ??= []).push(answer.itemId);
  }
  return missed;
}

/** Plain text of a little sanitized HTML, shortened to `max` characters at a word, for lists. */
export function plainText(html: string, max = 140): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  // Cut at the last word that fits, unless that loses more than half.
  const cut = text.slice(0, max - 1);
  const space = text[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
