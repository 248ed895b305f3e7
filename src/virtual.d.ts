declare module 'virtual:question-bank' {
  /** Areas, counts and hashes: no question text. */
  export const bankIndex: import('./quiz/bank.ts').BankIndex;
  /** Loads one area's questions. */
  export function loadAreaBank(id: string): Promise<import('./quiz/bank.ts').AreaBank>;
  /** Loads one area's explanations and sources. */
  export function loadAreaDetails(id: string): Promise<import('./quiz/bank.ts').AreaDetails>;
}
