/**
 * The history screens' words (the progress screen, the change lines on the results): apart from
 * words.ts only so that the first screen does not carry them. A translation covers both files.
 */
import type { Change } from '../quiz/change.ts';
import { plural } from './words.ts';

export const HISTORY_WORDS = {
  back: 'Back',
  lead: 'Every assessment you finish is kept in this browser, and only here. Export it to move it to another browser.',
  empty: 'No finished assessment yet: your scores over time appear here after the first.',
  chartTitle: 'Overall readiness over time',
  chartDesc: (count: number) =>
    `Overall score of each of ${plural(count, 'attempt')}, with its 80% range.`,
  point: (date: string, score: number, low: number, high: number) =>
    `${date}: ${score} (range ${low} to ${high})`,
  tableCaption: 'Scores of every attempt (80% range in brackets)',
  when: 'Date',
  length: 'Length',
  overall: 'Overall',
  olderBank: '(earlier questions)',
  olderBankNote: 'Marked “earlier questions”: made with an earlier version of the banks.',
  changeSince: (date: string) => `Since your attempt of ${date}:`,
  up: (points: number) => `up ${plural(points, 'point')}`,
  down: (points: number) => `down ${plural(points, 'point')}`,
  same: 'no change',
  clearGain: 'a clear gain',
  clearDrop: 'a clear drop',
  withinMargin: 'within the margin',
  changeColumn: 'Change',
  practiseMissed: (count: number) => `Practise what I missed (${plural(count, 'question')})`,
  export: 'Export history',
  import: 'Import history',
  importHelp:
    'A file exported from this check in another browser; attempts already here are kept once.',
  imported: (added: number, dropped: number) =>
    `Imported ${plural(added, 'attempt')}${dropped ? `; ${plural(dropped, 'damaged attempt')} skipped` : ''}.`,
  importErrors: {
    'not-json': 'That file is not a history export: it is not JSON.',
    'not-history': 'That file is not a history export of this check.',
    'newer-format': 'That file comes from a newer version of this check; it cannot be read here.',
    'other-role': 'That file holds the history of another check.',
    unreadable: 'That file could not be read.'
  } as Record<string, string>,
  delete: 'Delete my history',
  deleteAsk:
    'Delete every attempt and review kept in this browser? This cannot be undone: export first to keep a copy.',
  deleteYes: 'Delete everything',
  deleteNo: 'Keep it',
  deleted: 'Your history is deleted.'
};

/** "up 7 points, a clear gain" or "down 2 points, within the margin". */
export function describeChange(change: Change): string {
  const words = HISTORY_WORDS;
  const move =
    change.delta > 0
      ? words.up(change.delta)
      : change.delta < 0
        ? words.down(-change.delta)
        : words.same;
  const verdict =
    change.clear === 'gain'
      ? words.clearGain
      : change.clear === 'drop'
        ? words.clearDrop
        : words.withinMargin;
  return `${move}, ${verdict}`;
}
