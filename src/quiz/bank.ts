/** The compiled question bank as the app sees it: plain data produced by the build (src/build). */

import { rulesOf, type QuestionType } from './question-types.ts';
import type { Band } from './scoring.ts';

export type { QuestionType };

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
  /** How many options to choose: 1 for a single answer; a multiple-answer question states it. */
  choose: number;
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

/** A study resource and the skills (domain ids) it teaches; none: the whole area. */
export interface StudyLink extends Link {
  domains: string[];
}

export interface AreaDetails {
  id: string;
  items: Record<string, ItemDetails>;
  /** The title of each of the area's skills (its domains), for the study plan. */
  domains: Record<string, string>;
  /** The area's study resources (areas.yaml), loaded with the explanations. */
  resources: StudyLink[];
}

export interface AreaInfo {
  id: string;
  /** The area's number in share links (areas.yaml): stable, never reused. */
  code: number;
  title: string;
  description: string;
  weight: number;
  itemCount: number;
  /** The mean seconds one of its questions takes: reading at 200 words a minute, then thinking. */
  seconds: number;
  hash: string;
}

/** The role a check is for (areas.yaml `role`): the words the interface uses for it. */
export interface Role {
  /** "AI Architect": "Your AI Architect readiness". */
  name: string;
  /** "an AI Architect": "How ready are you to be an AI Architect?" */
  person: string;
  /** The site's name. */
  title: string;
  description: string;
  /** The word for each band. */
  bands: Record<Band, string>;
}

/** What the entry chunk knows about the banks: no question text. */
export interface BankIndex {
  hash: string;
  role: Role;
  /** The scoring model's correlation between areas (areas.yaml `scoring.rho`). */
  rho: number;
  areas: AreaInfo[];
  /** Areas no longer asked (areas.yaml `retired`), kept so that older share links still name them. */
  retired?: Pick<AreaInfo, 'id' | 'code' | 'title'>[];
}

/** The 3PL parameters of an item (docs/design.md §6). */
export interface ItemParams {
  a: number;
  b: number;
  c: number;
}

/** Default discrimination when a question does not set one. */
export const DEFAULT_DISCRIMINATION = 1.5;

/** Maps an item to its 3PL parameters: b = difficulty − 3, c = its type's guessing chance. */
export function itemParams(
  item: Pick<Item, 'type' | 'difficulty' | 'discrimination' | 'options' | 'choose'>
): ItemParams {
  return {
    a: item.discrimination,
    b: item.difficulty - 3,
    c: rulesOf(item.type)?.guessing(item) ?? 0
  };
}

/** An item as the adaptive selection sees it: its parameters and its content (domain, type). */
export function candidateOf(item: Item): ItemParams & { id: string; domain: string; type: string } {
  return { id: item.id, domain: item.domain, type: item.type, ...itemParams(item) };
}

/** Whether a set of chosen option ids is exactly the item's correct set. */
export function isCorrectChoice(item: Pick<Item, 'options'>, chosen: readonly string[]): boolean {
  const correct = item.options.filter((o) => o.correct).map((o) => o.id);
  return correct.length === chosen.length && correct.every((id) => chosen.includes(id));
}
