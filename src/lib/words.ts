/**
 * The interface's words, with the plural and date helpers they use: this file holds the first
 * screen's (the intro, resuming, loading, failures and notices); words-later.ts the rest (questions,
 * results, sharing, band pages, the embed builder) and words-history.ts the progress screen's, so
 * that the first screen carries only its own. The questions' text is the banks'; the role's own
 * words (its name, title, band labels) come from questions/areas.yaml. A translation of the
 * interface is these three files.
 */
import type { Role } from '../quiz/bank.ts';

/** "1 question", "3 questions". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The text with its first letter in capitals. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * A UTC day number as people read it, such as "16 Feb 2026": without Intl, whose first use costs
 * tens of milliseconds on a phone.
 */
export function dateOfDay(day: number): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export const LENGTH_NAMES: Record<string, string> = {
  quick: 'quick',
  standard: 'standard',
  thorough: 'thorough'
};

/** The words that need no role: notices about storage, links and URL settings. */
export const NOTICES = {
  storage: {
    'other-bank':
      'Your saved progress was made with an earlier version of the questions, so it was discarded.',
    unreadable: 'Your saved progress could not be read, so it was discarded.',
    invalid: 'Your saved progress was not valid, so it was discarded.',
    unavailable:
      'This browser is not letting the page save progress, so resume is off: the check still works in one go.'
  },
  link: {
    damaged: 'This result link is damaged',
    newer: 'This result link is from a newer version',
    empty: 'The link has no result in it.',
    'not-base64': 'The link contains characters that a result link never has.',
    'too-long': 'The link is far longer than any result link.',
    truncated: 'The link is cut short, often because only part of it was copied.',
    'bad-crc': 'Some characters of the link were changed, so its check digits do not match.',
    'unknown-version': 'The link uses a format that this check never made.',
    'future-version': 'It was made by a newer version of this check than the one here.',
    'bad-value': 'The link holds values that no result can have.'
  },
  params: {
    unknown: (key: string) => `Ignored unknown setting “${key}”.`,
    emptyAreas: 'Ignored an empty list of areas.',
    unknownAreas: (ids: string, many: boolean) =>
      `Ignored unknown area${many ? 's' : ''} “${ids}”.`,
    value: (noun: string, value: string, hint: string) => `Ignored ${noun} “${value}”: ${hint}.`,
    /** What each option is called in a notice, when not by its own name. */
    nouns: { share: 'share address' } as Record<string, string>,
    /** What a reader is told to use instead of a bad value. */
    hints: {
      mode: 'use assessment or practice',
      length: 'use quick, standard or thorough',
      areas: 'use area ids separated by commas',
      theme: 'use light, dark or auto',
      accent: 'use a hex colour such as #3b5bdb',
      title: 'use some text',
      share: 'use an http(s) URL',
      embed: 'use 1',
      frame: 'it comes from embed.js',
      page: 'use embed'
    } as Record<string, string>
  }
};

/** Every string of the interface, for a role. */
/** The words of the first screen (the intro, resuming, loading and failures), for a role. */
export function firstWordsFor(role: Role) {
  return {
    site: {
      brand: role.title,
      pageTitle: `${role.title}: an adaptive skills check`,
      embedTitle: `${role.name} readiness check`,
      takeCheck: `Take the ${role.name} readiness check`,
      footer:
        'Runs entirely in your browser: your answers never leave this page unless you share a result.',
      embedLink: 'Embed this check',
      embedAfter: 'in your blog.',
      loadFailedPage: 'This page could not be loaded. Check your connection and reload.'
    },
    intro: {
      title: `How ready are you to be ${role.person}?`,
      lead: 'An adaptive check across the skills the role demands. Questions get harder or easier as you answer, and you get a readiness score with an honest range, the areas to work on first and every explanation.',
      mode: 'Mode',
      assessment: 'Assessment',
      assessmentHint: 'adaptive, scored, feedback at the end',
      practice: 'Practice',
      practiceHint: 'every answer explained at once, no score',
      length: 'Length',
      lengthName: (length: string) => LENGTH_NAMES[length] ?? length,
      lengthHint: (questions: string) => `${questions} questions`,
      startRecommended: 'Start the check',
      startChosen: 'Start with these choices',
      recommendedHint: (minutes: string) =>
        `Standard length, every area, about ${minutes} minutes. Nothing you answer leaves this browser.`,
      choose: 'Choose areas and length',
      noGoingBack:
        'Each answer chooses the next question, so earlier answers cannot be changed; the review at the end shows every question with its explanation.',
      areas: 'Skill areas',
      noArea: 'Choose at least one skill area.',
      estimate: (questions: string, minutes: string) =>
        `${questions} questions, about ${minutes} minutes. Nothing you answer leaves this browser.`,
      start: (practice: boolean) => (practice ? 'Start practice' : 'Start the check')
    },
    resume: {
      title: 'Pick up where you left off?',
      body: (practice: boolean, area: number, areas: number, title: string, answered: number) =>
        `You have a ${practice ? 'practice session' : 'check'} in progress: area ${area} of ${areas} (${title}), ${plural(answered, 'question')} answered.`,
      resume: 'Resume',
      bankChanged:
        'The questions have changed since this result was made; its scores are shown as they were.',
      startOver: 'Start over'
    },
    loading: {
      questions: 'Loading questions…',
      results: 'Loading your results…',
      explanations: 'Loading the explanations…',
      explanation: 'Loading the explanation…',
      history: 'Loading your progress…'
    },
    failure: {
      title: 'This part could not be loaded',
      body: 'Your connection may have dropped, or the site was updated while you were on it. Your answers so far are kept.',
      details: (error: string) => `Details: ${error}`,
      retry: 'Try again',
      startOver: 'Start over',
      crashTitle: 'Something went wrong',
      crashBody:
        'The check hit an unexpected problem and stopped. Starting over clears this session; nothing was sent anywhere.'
    },
    /** The few words of the history that the first screen needs; the rest are in words-history.ts. */
    history: {
      title: 'Your progress',
      open: (count: number) => `Your progress (${plural(count, 'attempt')})`,
      reviewDue: (count: number) => `${plural(count, 'question')} to review today.`,
      reviewStart: 'Review them now',
      bring: 'Took the check in another browser? Import your history',
      dropped: (count: number) =>
        `${plural(count, 'attempt')} in your history could not be read and ${count === 1 ? 'was' : 'were'} left out.`,
      unavailable:
        'This browser is not letting the page keep your history: scores over time and reviews are off.',
      full: 'Your history could not be saved: this browser’s storage is full.'
    },
    notices: 'Notices',
    ...NOTICES
  };
}
