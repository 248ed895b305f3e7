/** The bank's counting rules (questions/README.md) and the coverage table that check:questions prints. */
import type { AreaSource } from './schema.ts';
import type { AuthoredQuestion, Compiled } from './compile.ts';
import { findGiveaways } from './giveaways.ts';

export const COVERAGE_RULES = {
  minQuestionsPerArea: 56,
  /** The least questions at each rated level (the median of three blind ratings). */
  minPerDifficulty: 8,
  /**
   * Level 5 is the exception, for now: blind raters give 5 rarely (a multiple-choice key is easy to
   * recognise once seen), so every area holds fewer principal questions than the target of 8.
   * check:questions warns below the target and fails only below this.
   */
  minPrincipal: 1,
  /** How far, in percentage points, a domain's share may stray from the blueprint's. */
  domainTolerance: 4,
  minMultipleShare: 0.2,
  singleOptionCount: 4,
  /** Largest share of single-answer questions whose key is the strictly longest option. */
  maxLongestKeyShare: 0.4
} as const;

const OF_THE_ABOVE = /\b(all|none|both|neither) of the (above|below)\b/i;
/** A negative stem ("Which is not …", "… except") whose NOT is not bold. */
const NEGATIVE_STEM = /\b(which|what)\b[^?]*\b(not|except)\b[^?]*\?/i;

/**
 * Every violation of the counting rules, one message per rule and area. `held` is what each file
 * holds, broken entries included (the counts are of the file, not only of its valid questions).
 */
export function coverageErrors(
  areas: AreaSource[],
  questions: AuthoredQuestion[],
  held: Compiled['held'] = {}
): string[] {
  const errors: string[] = [];
  const rules = COVERAGE_RULES;
  for (const area of areas) {
    const own = questions.filter((q) => q.area === area.id);
    const file = own[0]?.file ?? `questions/${area.id}.yaml`;
    const total = own.length;
    const inFile = held[area.id] ?? { total, broken: 0 };
    if (inFile.total < rules.minQuestionsPerArea) {
      const broken = inFile.broken > 0 ? ` (${inFile.broken} of them broken)` : '';
      errors.push(
        `${file}: has ${inFile.total} questions${broken}; each area needs at least ${rules.minQuestionsPerArea}`
      );
    } else if (inFile.broken > 0) {
      errors.push(
        `${file}: has ${inFile.total} questions, ${inFile.broken} of them broken (see above)`
      );
    }
    for (const level of [1, 2, 3, 4, 5]) {
      const count = own.filter((q) => q.difficulty === level).length;
      const needed = level === 5 ? rules.minPrincipal : rules.minPerDifficulty;
      if (count < needed) {
        errors.push(
          `${file}: difficulty ${level}: has ${count} questions; needs at least ${needed}`
        );
      }
    }
    for (const domain of area.domains) {
      const share =
        total === 0 ? 0 : (100 * own.filter((q) => q.domain === domain.id).length) / total;
      if (Math.abs(share - domain.share) > rules.domainTolerance) {
        errors.push(
          `${file}: domain ${domain.id}: ${share.toFixed(1)}% of the questions; the blueprint asks for ${domain.share}% ± ${rules.domainTolerance}`
        );
      }
    }
    const multiple = own.filter((q) => q.type === 'multiple').length;
    if (total > 0 && multiple / total < rules.minMultipleShare) {
      errors.push(
        `${file}: ${multiple} of ${total} questions are multiple-answer; needs at least ${rules.minMultipleShare * 100}%`
      );
    }
    const single = own.filter((q) => q.type === 'single');
    const longestKey = single.filter(keyIsLongest).length;
    if (single.length > 0 && longestKey / single.length > rules.maxLongestKeyShare) {
      errors.push(
        `${file}: the right answer is the longest option in ${longestKey} of ${single.length} single-answer questions; at most ${rules.maxLongestKeyShare * 100}% allowed`
      );
    }
    for (const q of own) {
      if (q.type === 'single' && q.options.length !== rules.singleOptionCount) {
        errors.push(
          `${file}: question ${q.id}: options: a single-answer question has exactly ${rules.singleOptionCount} options (found ${q.options.length})`
        );
      }
      q.options.forEach((option, index) => {
        if (OF_THE_ABOVE.test(option.text)) {
          errors.push(
            `${file}: question ${q.id}: options[${index}].text: "of the above" options are not allowed`
          );
        }
      });
      if (NEGATIVE_STEM.test(q.prompt) && !/\*\*(NOT|EXCEPT)\*\*/.test(q.prompt)) {
        errors.push(
          `${file}: question ${q.id}: prompt: a negative stem needs its NOT (or EXCEPT) in bold capitals`
        );
      }
    }
  }
  for (const flag of findGiveaways(questions)) {
    const owner = questions.find((q) => q.id === flag.by);
    errors.push(
      `${owner?.file ?? 'questions/'}: question ${flag.by}: ${flag.field}: gives away the key of ${flag.key} ("${flag.words} …")`
    );
  }
  return errors;
}

/** What check:questions prints without failing: areas below the target of principal questions. */
export function coverageWarnings(areas: AreaSource[], questions: AuthoredQuestion[]): string[] {
  return areas.flatMap((area) => {
    const count = questions.filter((q) => q.area === area.id && q.difficulty === 5).length;
    return count < COVERAGE_RULES.minPerDifficulty
      ? [
          `questions/${area.id}.yaml: difficulty 5: has ${count} questions; the target is ${COVERAGE_RULES.minPerDifficulty} (see "Levels after blind rating" in questions/README.md)`
        ]
      : [];
  });
}

/** Whether the correct option of a single-answer question is strictly longer than every other. */
export function keyIsLongest(question: Pick<AuthoredQuestion, 'options'>): boolean {
  const key = question.options.find((o) => o.correct === true);
  if (!key) return false;
  return question.options.every((o) => o === key || o.text.trim().length < key.text.trim().length);
}

/** A plain-text table: one row per area with counts by difficulty, type and domain, then tags. */
export function coverageTable(areas: AreaSource[], questions: AuthoredQuestion[]): string {
  const header = [
    'area',
    'total',
    'd1',
    'd2',
    'd3',
    'd4',
    'd5',
    'single',
    'multiple',
    'key longest'
  ];
  const rows = areas.map((area) => {
    const own = questions.filter((q) => q.area === area.id);
    const single = own.filter((q) => q.type === 'single');
    return [
      area.id,
      String(own.length),
      ...[1, 2, 3, 4, 5].map((d) => String(own.filter((q) => q.difficulty === d).length)),
      String(single.length),
      String(own.length - single.length),
      `${single.filter(keyIsLongest).length}/${single.length}`
    ];
  });
  const lines = [formatTable([header, ...rows]), ''];
  for (const area of areas) {
    const own = questions.filter((q) => q.area === area.id);
    const domains = area.domains
      .map((d) => `${d.id} ${own.filter((q) => q.domain === d.id).length} (${d.share}%)`)
      .join(', ');
    const tags = new Map<string, number>();
    for (const tag of own.flatMap((q) => q.tags ?? [])) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    const topTags = [...tags.entries()]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, 12)
      .map(([tag, count]) => `${tag} ${count}`)
      .join(', ');
    lines.push(`${area.id} domains: ${domains}`, `${area.id} tags: ${topTags || '(none)'}`);
  }
  return lines.join('\n');
}

/** Left-aligned columns separated by two spaces. */
export function formatTable(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd()
    )
    .join('\n');
}
