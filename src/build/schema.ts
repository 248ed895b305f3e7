/** The schema of questions/*.yaml, with error messages that name the file, the question and the field. */
import { z } from 'zod';
import { isHttpUrl } from '../lib/url.ts';
import { QUESTION_TYPES, rulesOf, type QuestionTypeRules } from '../quiz/question-types.ts';
import { BANDS } from '../quiz/scoring.ts';

/** Question types by name: the app's own, or a test's with one more. */
export type QuestionTypeRegistry = Readonly<Record<string, QuestionTypeRules>>;

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) })
    .refine((value) => value.trim().length > 0, { message: 'must not be empty' });

const httpUrl = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a URL') })
  .refine(isHttpUrl, { message: 'must be an http(s) URL' });

const slug = z
  .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lowercase letters, digits and dashes' });

const link = z.strictObject({ title: text('text'), url: httpUrl });
/** A study resource; `domains` names the area's skills it teaches (none: the whole area). */
const studyLink = link.extend({
  domains: z.array(slug, { error: 'must be a list of domain ids' }).optional()
});

export const optionSchema = z.strictObject({
  id: slug,
  text: text('text'),
  correct: z.boolean({ error: 'must be true or false' }).optional()
});

/** The middle value of the blind ratings: a question's difficulty. */
export function medianOf(ratings: readonly number[]): number {
  const sorted = [...ratings].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The schema of a question, for the question types of a registry (QUESTION_TYPES by default). */
export const questionSchemaFor = (types: QuestionTypeRegistry) =>
  z
    .strictObject({
      id: slug,
      domain: slug,
      type: z
        .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
        .refine((type) => rulesOf(type, types) !== undefined, {
          message: `must be ${Object.keys(types).join(' or ')}`
        }),
      /** How many options a multiple-answer question asks for: the person is told ("Choose 2"). */
      choose: z
        .number({ error: 'must be a whole number' })
        .int({ message: 'must be a whole number' })
        .optional(),
      difficulty: z
        .number({
          error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number')
        })
        .int({ message: 'must be a whole number from 1 to 5' })
        .min(1, { message: 'must be a whole number from 1 to 5' })
        .max(5, { message: 'must be a whole number from 1 to 5' }),
      ratings: z
        .array(
          z
            .number({ error: 'must be whole numbers from 1 to 5' })
            .int({ message: 'must be whole numbers from 1 to 5' })
            .min(1, { message: 'must be whole numbers from 1 to 5' })
            .max(5, { message: 'must be whole numbers from 1 to 5' }),
          {
            error: (issue) =>
              issue.input === undefined
                ? 'is required: three blind ratings of the level, whose median is the difficulty'
                : 'must be a list of three blind ratings'
          }
        )
        .length(3, { message: 'needs exactly three blind ratings' }),
      discrimination: z
        .number({ error: 'must be a number' })
        .min(0.3, { message: 'must be from 0.3 to 3' })
        .max(3, { message: 'must be from 0.3 to 3' })
        .optional(),
      prompt: text('Markdown text'),
      options: z
        .array(optionSchema, {
          error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list')
        })
        .min(2, { message: 'needs 2 to 6 options' })
        .max(6, { message: 'needs 2 to 6 options' }),
      explanation: text('Markdown text'),
      references: z
        .array(link, {
          error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list')
        })
        .min(1, { message: 'needs at least one reference' }),
      tags: z.array(slug, { error: 'must be a list' }).optional()
    })
    .superRefine((question, ctx) => {
      const levelIsValid =
        Number.isInteger(question.difficulty) &&
        question.difficulty >= 1 &&
        question.difficulty <= 5;
      if (question.ratings && levelIsValid && question.difficulty !== medianOf(question.ratings)) {
        ctx.addIssue({
          code: 'custom',
          path: ['difficulty'],
          message: `must be the median of the ratings [${question.ratings.join(', ')}], ${medianOf(question.ratings)}`
        });
      }
      for (const issue of rulesOf(question.type, types)?.validate(question) ?? [])
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      const seenIds = new Set<string>();
      const seenTexts = new Set<string>();
      question.options.forEach((option, index) => {
        if (seenIds.has(option.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['options', index, 'id'],
            message: `duplicate option id "${option.id}"`
          });
        }
        const normalized = option.text.trim().toLowerCase().replace(/\s+/g, ' ');
        if (seenTexts.has(normalized)) {
          ctx.addIssue({
            code: 'custom',
            path: ['options', index, 'text'],
            message: 'duplicate option text'
          });
        }
        seenIds.add(option.id);
        seenTexts.add(normalized);
      });
    });

export const questionSchema = questionSchemaFor(QUESTION_TYPES);

export const bankFileSchema = z.strictObject({
  questions: z.array(z.unknown(), {
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list')
  })
});

export const areaSchema = z.strictObject({
  id: slug,
  /** The area's number in share links: unique, never changed or reused. */
  code: z
    .number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number') })
    .int({ message: 'must be a whole number from 0 to 255' })
    .min(0, { message: 'must be a whole number from 0 to 255' })
    .max(255, { message: 'must be a whole number from 0 to 255' }),
  title: text('text'),
  description: text('text'),
  weight: z
    .number({ error: 'must be a number' })
    .positive({ message: 'must be greater than 0' })
    .optional(),
  domains: z
    .array(
      z.strictObject({
        id: slug,
        title: text('text'),
        share: z.number({ error: 'must be a number' }).min(0).max(100)
      }),
      { error: 'must be a list' }
    )
    .min(1, { message: 'needs at least one domain' }),
  resources: z
    .array(studyLink, {
      error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list')
    })
    .min(3, { message: 'needs 3 to 8 study resources' })
    .max(8, { message: 'needs 3 to 8 study resources' })
});

export const roleSchema = z.strictObject({
  name: text('text'),
  person: text('text'),
  title: text('text'),
  description: text('text'),
  bands: z.strictObject(
    Object.fromEntries(BANDS.map((band) => [band, text('text')])) as Record<
      (typeof BANDS)[number],
      ReturnType<typeof text>
    >,
    { error: (issue) => (issue.input === undefined ? 'is required' : 'must be a mapping') }
  )
});

export const areasFileSchema = z.strictObject({
  role: roleSchema,
  scoring: z.strictObject(
    {
      rho: z
        .number({
          error: (issue) => (issue.input === undefined ? 'is required' : 'must be a number')
        })
        .min(0, { message: 'must be from 0 to 0.9' })
        .max(0.9, { message: 'must be from 0 to 0.9' })
    },
    { error: (issue) => (issue.input === undefined ? 'is required' : 'must be a mapping') }
  ),
  areas: z.array(areaSchema, {
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list')
  }),
  /** Areas no longer asked: their share codes stay taken, and older links still name them. */
  retired: z
    .array(areaSchema.pick({ id: true, code: true, title: true }), { error: 'must be a list' })
    .optional()
});

export type QuestionSource = z.infer<typeof questionSchema>;
export type AreaSource = z.infer<typeof areaSchema>;

/** Formats a schema path as a field name: `options[2].text`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`
    )
    .join('');
}
