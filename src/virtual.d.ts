declare module 'virtual:question-bank' {
  /** Areas, counts and hashes: no question text. */
  export const bankIndex: import('./quiz/bank.ts').BankIndex;
  /** Loads one area's bank chunk. */
  export function loadAreaBank(id: string): Promise<import('./quiz/bank.ts').AreaBank>;
}
