/**
 * The interface's words beyond the first screen (the questions, results, sharing, the band pages
 * and the embed builder): split from words.ts so that the first screen does not carry them.
 */
import type { Role } from '../quiz/bank.ts';
import type { Band } from '../quiz/scoring.ts';
import { LENGTH_NAMES, capitalized, firstWordsFor, plural } from './words.ts';

const LEVELS = ['entry', 'junior', 'mid', 'senior', 'principal'];

const RANGES: Record<Band, string> = {
  foundational: 'below 40',
  developing: '40–59',
  proficient: '60–74',
  ready: '75 and up'
};

/** Every string of the interface, for a role: the first screen's and the rest. */
export function wordsFor(role: Role) {
  return {
    ...firstWordsFor(role),
    progress: {
      area: (n: number, of: number) => `Area ${n} of ${of}:`,
      question: (n: number, max: number) => `Question ${n} of at most ${max}`,
      bar: 'Progress through the whole check',
      minutesLeft: (minutes: number) => `about ${Math.max(1, minutes)} min left`,
      done: (percent: number) => `${percent}% done`
    },
    question: {
      heading: (n: number) => `Question ${n}`,
      level: (difficulty: number) => `· ${LEVELS[difficulty - 1] ?? ''} level`,
      submit: 'Submit answer',
      finish: 'Finish now',
      keys: (count: number) => `Keys: 1–${Math.min(count, 9)} choose, Enter submits.`,
      finishAsk:
        'Finish now and see your scores? Areas with few answers get wide ranges; you can sharpen them afterwards.',
      finishYes: 'See my scores',
      finishNo: 'Keep going',
      unknown: 'I don’t know',
      chooseOne: 'Choose one answer',
      chooseCount: (count: number) => `Choose ${count}`,
      rightChosen: 'Right answer, your choice',
      rightMissed: 'Right answer',
      wrongChosen: 'Your choice, wrong'
    },
    feedback: {
      right: 'Right',
      unanswered: 'Not answered',
      wrong: 'Not quite',
      noExplanation: 'The explanation could not be loaded; it is in the review at the end.',
      next: 'Next question',
      sources: 'Sources',
      study: 'Study'
    },
    summary: {
      of: (n: number, areas: number) => `Area ${n} of ${areas} done`,
      done: (title: string) => `${title}: done`,
      answered: (count: number) => `You answered ${plural(count, 'question')}.`,
      right: (count: number) => `${count} of them right.`,
      scoresLater:
        'Your scores come at the end, so that earlier areas do not colour how you answer the next.',
      next: 'Next:',
      nextLength: ({ count, minutes }: { count: string; minutes: string }) =>
        `${count} questions, about ${minutes} minutes.`,
      continue: 'Continue'
    },
    announce: {
      asking: (title: string, area: number, areas: number, n: number, max: number) =>
        `${title}, area ${area} of ${areas}: question ${n} of at most ${max}.`,
      right: 'Right. The explanation follows.',
      wrong: 'Not right. The explanation follows.',
      areaDone: (title: string, count: number) =>
        `${title} done after ${plural(count, 'question')}.`,
      loading: 'Loading questions.',
      results: 'Your results are ready.'
    },
    results: {
      title: `Your ${role.name} readiness`,
      practiceTitle: 'Practice complete',
      reviewTitle: 'Review your answers',
      reviewShow: 'Show',
      reviewAll: (count: number) => `All (${count})`,
      reviewMissed: (count: number) => `Missed only (${count})`,
      backToResults: 'Back to results',
      byArea: 'By area',
      outOf: (score: number) => `Overall readiness score ${score} out of 100.`,
      range: ['Likely between', 'and', '(80% range).'] as const,
      capped: (meanBand: string) =>
        `Your mean score is in the ${meanBand} band, but the overall band is never more than one band above your weakest area.`,
      meta: (questions: number | undefined, areas: number, length: string, date: string) =>
        capitalized(
          `${questions === undefined ? '' : `${plural(questions, 'question')} across ${plural(areas, 'area')}, `}${LENGTH_NAMES[length] ?? length} length, ${date}.`
        ),
      review: (count: number) => `Review all ${count} questions`,
      startAgain: 'Start again',
      startAgainAsk: (kept: boolean) =>
        kept
          ? 'Start a new check? This result stays in “Your progress”, and its share link keeps working.'
          : 'Start a new check? This result will be gone from this page; copy its share link first to keep it.',
      startAgainYes: 'Start a new check',
      startAgainNo: 'Stay on the results',
      practiseArea: 'Practise one area',
      sharpenArea: 'Sharpen one area',
      sharpen: (count: number) => `Ask up to ${count} more`,
      borrowed:
        "Each area's score also draws on your answers in the other areas, because these skills tend to go together.",
      wide: (titles: string) =>
        `The ranges are widest in ${titles}, where few questions were asked: sharpen an area below to narrow its range.`,
      chances: (band: string, percent: number, other: string | null) =>
        `${band}, ${percent}% likely${other ? `; could be ${other}` : ''}.`,
      howTitle: 'How is this scored?',
      how: [
        'Every question has a level from 1 (entry) to 5 (principal). After each answer the check updates its estimate of your ability in that area, weighing what you got right and wrong by how hard each question was and how likely a guess would have been right.',
        'Your areas go together, so each area also borrows from the others: a strong answer in one area raises the others a little. An area score is your expected mastery across the five levels, from 0 to 100.',
        'The 80% range is where your score lies with 80% certainty, given your answers: fewer answers, a wider range.',
        'The overall score is the weighted mean of the area scores. Bands: below 40, 40 to 59, 60 to 74, 75 and up; the overall band is never more than one above your weakest area.'
      ],
      practise: 'Practise',
      tally: ['of', 'right'] as const,
      practiceNote: 'Practice has no readiness score: take an assessment for that.',
      areaTally: (title: string, right: number, asked: number) =>
        `${title}: ${right} of ${asked} right`,
      workOn: 'Work on these first',
      notAsked:
        'Not asked: the check finished before this area, so its score comes from your other areas. Sharpen it below to measure it.',
      missedNothing:
        'You missed nothing here; the score is capped by how few questions the check needed.',
      printReview: 'Every question, with its explanation'
    },
    table: {
      caption: 'Readiness score by area',
      area: 'Area',
      score: 'Score',
      range: '(80% range)',
      band: 'Band',
      right: 'Right',
      rightInline: (tally: string) => `${tally} right`
    },
    chart: {
      title: 'Readiness score by area',
      cut: (score: number, band: string) => `${score} ${band}`,
      area: (title: string, score: number, low: number, high: number, band: string) =>
        `${title}: ${score} (range ${low} to ${high}), ${band}`
    },
    review: {
      right: '✓ You got this right',
      unknown: '✗ You answered “I don’t know”',
      wrong: '✗ Not right',
      rightAnswer: 'Right answer',
      yourAnswer: 'Your answer',
      yours: ' (yours)',
      number: (n: number) => `Question ${n}`
    },
    share: {
      title: 'Share your result',
      lead: 'The link carries your scores and, if you add one, a name; nothing about your answers.',
      name: 'Name on the shared result',
      optional: '(optional)',
      share: 'Share result',
      download: 'Download image',
      print: 'Print or save as PDF',
      printWithReview: 'Print with every question',
      link: 'Link to your result',
      shareTitle: `${role.name} readiness`,
      shared: 'Shared.',
      cancelled: 'Sharing cancelled.',
      copied: 'Copied your result and its link to the clipboard.',
      blocked:
        'Copying is blocked here: the link is selected in the field below, copy it from there.',
      imageFile: (band: Band) =>
        `${role.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${band}.png`,
      downloaded: 'Downloaded the result image (1200 × 630 PNG).',
      noImage: 'This browser could not make the image.'
    },
    card: {
      label: (score: number, band: string) => `Result card: ${score} out of 100, ${band}`,
      heading: `${role.name} readiness`,
      named: `${role.name} readiness · self-reported`,
      anonymous: 'Self-reported result',
      likely: ['Likely', '(80% range)'] as const,
      check: (length: string, date: string) => `${capitalized(length)} check, ${date}`,
      footer: 'Self-reported: no server checks a shared result.'
    },
    shared: {
      pageTitle: (band: string) => `${band}: a shared ${role.name} readiness result`,
      damagedTitle: `A damaged result link: ${role.name} readiness`,
      badge: 'Self-reported',
      title: `A shared ${role.name} readiness result`,
      by: 'Shared by',
      unverifiable:
        'These scores travel inside the link itself: with no server behind this page, nobody can check that they came from a real attempt.',
      cta: 'How ready are you? The check adapts to you, and nothing you answer leaves your browser.',
      takeIt: 'Take the check yourself',
      cannotShow: 'Its result cannot be shown; ask for the link again if you can.'
    },
    leave: {
      title: 'Leave the check?',
      saved: 'Your answers so far are saved in this browser: you can resume when you come back.',
      unsaved: 'This browser is not saving progress, so leaving loses your answers so far.',
      stay: 'Stay on the check',
      leave: 'Leave'
    },
    /** The share text: the score and band, then a bar per area. */
    shareText: {
      heading: (score: number, band: string) => `${role.name} readiness: ${score}/100, ${band}`
    },
    /** The band pages' link previews and their pictures. */
    bandPage: {
      title: (band: string) => `${role.name} readiness: ${band}`,
      description: `A self-reported result of the adaptive ${role.name} readiness check. Open the link for the scores by area, or take the check yourself.`,
      alt: (band: string) => `${band}: a self-reported ${role.name} readiness result`,
      shared: 'A shared readiness result',
      range: (band: Band) => RANGES[band],
      footer: 'Self-reported. Open the link for the scores by area, or take the check yourself.'
    },
    builder: {
      title: 'Embed this check',
      lead: 'Put the readiness check in a blog post with one snippet. The frame sizes itself to its content, follows your options, and tells your page when a reader starts and finishes.',
      form: 'Embed options',
      preview: 'Preview',
      previewTitle: (title: string) => `Preview: ${title}`,
      snippet: 'The snippet',
      copySnippet: 'Copy the snippet',
      snippetHelp:
        'Paste it where the check should appear. Readers without JavaScript get the link inside the div; everyone else gets the check in a frame as tall as its content.',
      plain: 'If your platform strips scripts',
      copyPlain: 'Copy the iframe code',
      plainHelp:
        'A plain frame of fixed height: the check scrolls inside it, result links point to this app, and your page gets no events.',
      events: 'Events for your page',
      eventsIntro: [
        'The div receives',
        '(mode, length, areas) and',
        "(overall score, range and band, each area's score and band, the share link). For example:"
      ] as const,
      noArea: 'None ticked: readers choose from every area.',
      useColour: (label: string) => `Use my ${label.toLowerCase()}`,
      badUrl:
        'Use the full address, starting with https://. Until then result links point to this app.',
      emptyUrl: 'Leave it empty for result links to this app.',
      copied: 'Copied to the clipboard.',
      copyBlocked: 'Copying was blocked. The code is selected: press Ctrl+C (⌘C on a Mac).'
    }
  };
}
