/** The answer control of each question type: a new type adds its entry here. */
import type { Component } from 'svelte';
import type { Item } from '../quiz/bank.ts';
import type { QuestionType } from '../quiz/question-types.ts';
import type { OptionView } from '../quiz/view.ts';
import ChoiceInput from './ChoiceInput.svelte';
import { text } from './text-later.ts';

/** What every answer control gets: the question, its options as shown, and the bound choice. */
export interface AnswerInputProps {
  item: Item;
  options: OptionView[];
  chosen: string[];
  disabled: boolean;
  /** The words above the options. */
  legend: string;
  /** One option, or several (a choice control's kind). */
  input: 'radio' | 'checkbox';
}

export interface AnswerInput {
  component: Component<AnswerInputProps, object, 'chosen'>;
  input: AnswerInputProps['input'];
  legend: (item: Item) => string;
}

export const ANSWER_INPUTS: Record<QuestionType, AnswerInput> = {
  single: { component: ChoiceInput, input: 'radio', legend: () => text.question.chooseOne },
  multiple: {
    component: ChoiceInput,
    input: 'checkbox',
    legend: (item) => text.question.chooseCount(item.choose)
  }
};
