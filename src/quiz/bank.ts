/** The compiled question bank as the app sees it: plain data produced by the build (src/build). */

export type QuestionType = 'single' | 'multiple';

/** Authored difficulty: 1 entry, 2 junior, 3 mid, 4 senior, 5 principal. */
export type Difficulty = 1 | 2 | 3 | 4 | 5;

export interface Link {
  title: string;
  url: string;
}

export interface Option {
  id: string;
  /** Sanitized HTML rendered from the option's Markdown at build time. */
  html: string;
  correct: boolean;
}

export interface Item {
  id: string;
  area: string;
  domain: string;
  type: QuestionType;
  difficulty: Difficulty;
  discrimination: number;
  /** Sanitized HTML of the prompt. */
  prompt: string;
  options: Option[];
  tags: string[];
}

/** What an item teaches after it is answered; shipped in its own chunk, loaded after the questions. */
export interface ItemDetails {
  /** Sanitized HTML of the explanation. */
  explanation: string;
  references: Link[];
}

/** An item with its explanation and sources, for feedback and review. */
export type ExplainedItem = Item & ItemDetails;

export interface AreaBank {
  id: string;
  hash: string;
  items: Item[];
}

export interface AreaDetails {
  id: string;
  items: Record<string, ItemDetails>;
}

export interface AreaInfo {
  id: string;
  title: string;
  description: string;
  weight: number;
  resources: Link[];
  itemCount: number;
  hash: string;
}

/** What the entry chunk knows about the banks: no question text. */
export interface BankIndex {
  hash: string;
  areas: AreaInfo[];
}

/** The 3PL parameters of an item, from DESIGN.md §6. */
export interface ItemParams {
  a: number;
  b: number;
  c: number;
}

/** Default discrimination when a question does not set one. */
export const DEFAULT_DISCRIMINATION = 1.5;

/** Maps an authored item to its 3PL parameters: b = difficulty − 3, c = 1/k for single answers. */
export function itemParams(
  item: Pick<Item, 'type' | 'difficulty' | 'discrimination' | 'options'>
): ItemParams {
  return {
    a: item.discrimination,
    b: item.difficulty - 3,
    c: item.type === 'single' ? 1 / item.options.length : 0
  };
}

/** Whether a set of chosen option ids is exactly the item's correct set. */
export function isCorrectChoice(item: Pick<Item, 'options'>, chosen: readonly string[]): boolean {
  const correct = item.options.filter((o) => o.correct).map((o) => o.id);
  return correct.length === chosen.length && correct.every((id) => chosen.includes(id));
}
