/** Compiles questions/*.yaml into the bank index and one bank per area, collecting every error at once. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import {
  DEFAULT_DISCRIMINATION,
  type AreaBank,
  type AreaDetails,
  type BankIndex,
  type Difficulty,
  type Item,
  type ItemDetails,
  type Role
} from '../quiz/bank.ts';
import { renderBlock, renderInline } from './markdown.ts';
import { QUESTION_TYPES, rulesOf, type QuestionType } from '../quiz/question-types.ts';
import { questionSeconds, wordCount } from '../quiz/timing.ts';
import {
  areasFileSchema,
  bankFileSchema,
  fieldName,
  questionSchemaFor,
  type AreaSource,
  type QuestionSource,
  type QuestionTypeRegistry
} from './schema.ts';

/** An area no longer asked, kept in areas.yaml so that older links still name it. */
type RetiredArea = Pick<AreaSource, 'id' | 'code' | 'title'>;

/**
 * The folder of the role's banks: `questions/`, or QUESTIONS_DIR (relative to the project) for
 * another role's. Every build step and check reads the banks from here.
 */
export function questionsDir(root: string): string {
  return resolve(root, process.env.QUESTIONS_DIR?.trim() || 'questions');
}

/** A question as authored, with the file it came from (for the coverage rules). */
export interface AuthoredQuestion extends QuestionSource {
  area: string;
  file: string;
}

export interface Compiled {
  index: BankIndex;
  banks: Record<string, AreaBank>;
  /** Explanations and sources, by area: a chunk of their own, loaded after the questions. */
  details: Record<string, AreaDetails>;
  areas: AreaSource[];
  questions: AuthoredQuestion[];
  /** What each area's file holds, valid or not: the counting rules count every entry. */
  held: Record<string, { total: number; broken: number }>;
  errors: string[];
}

/**
 * Reads and validates every bank under `root/questions`; never throws on bad content. `types` are
 * the question types it accepts (a test passes the app's with one more).
 */
export function compileBanks(
  root: string,
  {
    dir = questionsDir(root),
    types = QUESTION_TYPES
  }: { dir?: string; types?: QuestionTypeRegistry } = {}
): Compiled {
  const questionSchema = questionSchemaFor(types);
  const errors: string[] = [];
  const areasPath = join(dir, 'areas.yaml');
  const areasFile = relative(root, areasPath);
  const { role, rho, areas, retired } = readAreas(areasPath, areasFile, errors);
  const byArea = new Map(areas.map((area) => [area.id, area]));
  const questions: AuthoredQuestion[] = [];
  const held: Compiled['held'] = {};
  const seenIds = new Map<string, string>();

  const yamlFiles = existsSync(dir)
    ? readdirSync(dir).filter((name) => name.endsWith('.yaml'))
    : [];
  for (const name of yamlFiles.filter((n) => n !== 'areas.yaml').sort()) {
    const areaId = name.replace(/\.yaml$/, '');
    if (!byArea.has(areaId)) {
      errors.push(`${relative(root, join(dir, name))}: no area "${areaId}" in ${areasFile}`);
    }
  }

  for (const area of areas) {
    const path = join(dir, `${area.id}.yaml`);
    const file = relative(root, path);
    if (!existsSync(path)) {
      errors.push(`${file}: missing: every area in ${areasFile} needs its own bank file`);
      continue;
    }
    const domains = new Set(area.domains.map((d) => d.id));
    area.resources.forEach((resource, n) => {
      for (const domain of resource.domains ?? []) {
        if (!domains.has(domain)) {
          errors.push(
            `${areasFile}: area ${area.id}: resources[${n}] (${resource.title}): domains: "${domain}" is not a domain of ${area.id}`
          );
        }
      }
    });
    const entries = readQuestions(path, file, errors, questionSchema);
    held[area.id] = {
      total: entries.length,
      broken: entries.filter((entry) => entry.question === null).length
    };
    // Ids are checked on every entry, broken or not, so that every error is reported at once.
    for (const { question, label, id } of entries) {
      if (id !== null) {
        const previous = seenIds.get(id);
        if (previous)
          errors.push(`${file}: question ${label}: id: duplicate id, also used in ${previous}`);
        seenIds.set(id, file);
      }
      if (!question) continue;
      if (!domains.has(question.domain)) {
        errors.push(
          `${file}: question ${label}: domain: "${question.domain}" is not a domain of ${area.id} in ${areasFile}`
        );
      }
      questions.push({ ...question, area: area.id, file });
    }
  }

  const banks: Record<string, AreaBank> = {};
  const details: Record<string, AreaDetails> = {};
  for (const area of areas) {
    const own = questions.filter((q) => q.area === area.id);
    const items = own.map((question) => toItem(question, types));
    const explained = Object.fromEntries(own.map((q) => [q.id, toDetails(q)]));
    banks[area.id] = { id: area.id, hash: hashOf([items, explained]), items };
    details[area.id] = {
      id: area.id,
      items: explained,
      domains: Object.fromEntries(area.domains.map((domain) => [domain.id, domain.title])),
      resources: area.resources.map(({ title, url, domains }) => ({
        title,
        url,
        domains: domains ?? []
      }))
    };
  }
  const infos = areas.map((area) => ({
    id: area.id,
    code: area.code,
    title: area.title,
    description: area.description,
    weight: area.weight ?? 1,
    itemCount: banks[area.id]?.items.length ?? 0,
    seconds: meanSeconds(questions.filter((q) => q.area === area.id)),
    hash: banks[area.id]?.hash ?? ''
  }));
  const index: BankIndex = {
    hash: hashOf(infos),
    role,
    rho,
    areas: infos,
    ...(retired.length > 0 ? { retired } : {})
  };
  return { index, banks, details, areas, questions, held, errors };
}

/** The role used when areas.yaml cannot be read (the build fails anyway, with its errors). */
const NO_ROLE: Role = {
  name: 'role',
  person: 'a role',
  title: 'Readiness',
  description: '',
  bands: { foundational: '', developing: '', proficient: '', ready: '' }
};

function readAreas(
  path: string,
  file: string,
  errors: string[]
): { role: Role; rho: number; areas: AreaSource[]; retired: RetiredArea[] } {
  const none = { role: NO_ROLE, rho: 0, areas: [], retired: [] };
  const data = readYaml(path, file, errors);
  if (data === undefined) return none;
  const parsed = areasFileSchema.safeParse(data);
  if (!parsed.success) {
    const list = (data as { areas?: unknown }).areas;
    reportIssues(parsed.error, file, errors, (path) =>
      path[0] === 'areas' && typeof path[1] === 'number' && Array.isArray(list)
        ? { who: `area ${labelOf(list[path[1]], path[1])}`, field: path.slice(2) }
        : { who: '', field: path }
    );
    return none;
  }
  const { role, scoring, areas, retired = [] } = parsed.data;
  const ids = new Set<string>();
  const codes = new Map<number, string>();
  for (const area of [...areas, ...retired]) {
    if (ids.has(area.id)) errors.push(`${file}: area ${area.id}: id: duplicate area id`);
    const other = codes.get(area.code);
    if (other !== undefined)
      errors.push(`${file}: area ${area.id}: code: ${area.code} is already the code of ${other}`);
    ids.add(area.id);
    codes.set(area.code, area.id);
  }
  return { role, rho: scoring.rho, areas, retired };
}

/** One entry of a bank file: the question when it is valid (null when not), its label and its id. */
interface Entry {
  question: QuestionSource | null;
  label: string;
  id: string | null;
}

function readQuestions(
  path: string,
  file: string,
  errors: string[],
  questionSchema: ReturnType<typeof questionSchemaFor>
): Entry[] {
  const data = readYaml(path, file, errors);
  if (data === undefined) return [];
  const top = bankFileSchema.safeParse(data);
  if (!top.success) {
    reportIssues(top.error, file, errors, (path) => ({ who: '', field: path }));
    return [];
  }
  return top.data.questions.map((raw, index) => {
    const label = labelOf(raw, index);
    const id = idOf(raw);
    const parsed = questionSchema.safeParse(raw);
    if (parsed.success) return { question: parsed.data, label, id };
    reportIssues(parsed.error, file, errors, (path) => ({ who: `question ${label}`, field: path }));
    return { question: null, label, id };
  });
}

function readYaml(path: string, file: string, errors: string[]): unknown {
  const document = parseDocument(readFileSync(path, 'utf8'), {
    uniqueKeys: true,
    prettyErrors: true
  });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const where = error.linePos?.[0]
        ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}: `
        : '';
      errors.push(
        `${file}: ${where}${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`
      );
    }
    return undefined;
  }
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object') {
    errors.push(`${file}: expected a mapping at the top level`);
    return undefined;
  }
  return data;
}

/** A list entry's id, when it has one. */
function idOf(raw: unknown): string | null {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() ? id : null;
}

/** Names a list entry by its id, or by its position when the id is missing. */
function labelOf(raw: unknown, index: number): string {
  return idOf(raw) ?? `#${index + 1} (no id)`;
}

/** Turns schema issues into messages; `locate` names who owns a path and which field it is. */
function reportIssues(
  error: ZodError,
  file: string,
  errors: string[],
  locate: (path: PropertyKey[]) => { who: string; field: PropertyKey[] }
): void {
  for (const issue of error.issues) {
    const { who, field } = locate([...issue.path]);
    const prefix = `${file}: ${who ? `${who}: ` : ''}`;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push(`${prefix}${fieldName([...field, key])}: unknown field`);
    } else {
      errors.push(`${prefix}${fieldName(field) || 'entry'}: ${issue.message}`);
    }
  }
}

function toItem(question: AuthoredQuestion, types: QuestionTypeRegistry): Item {
  return {
    id: question.id,
    area: question.area,
    domain: question.domain,
    type: question.type as QuestionType,
    choose: rulesOf(question.type, types)?.choose(question) ?? 1,
    difficulty: question.difficulty as Difficulty,
    discrimination: question.discrimination ?? DEFAULT_DISCRIMINATION,
    prompt: renderBlock(question.prompt),
    options: question.options.map((option) => ({
      id: option.id,
      html: renderInline(option.text),
      correct: option.correct === true
    })),
    tags: question.tags ?? []
  };
}

function toDetails(question: AuthoredQuestion): ItemDetails {
  return { explanation: renderBlock(question.explanation), references: question.references };
}

/** The mean seconds a question of an area takes to read and answer (0 for an empty area). */
function meanSeconds(own: readonly AuthoredQuestion[]): number {
  if (own.length === 0) return 0;
  const total = own.reduce(
    (sum, q) =>
      sum +
      questionSeconds({
        words: wordCount([q.prompt, ...q.options.map((option) => option.text)].join(' ')),
        difficulty: q.difficulty as Difficulty,
        multiple: q.type === 'multiple'
      }),
    0
  );
  return Math.round((10 * total) / own.length) / 10;
}

/** 32 bits of SHA-256 over the canonical JSON of compiled content, as 8 hex digits. */
export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 8);
}
