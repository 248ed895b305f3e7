import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildResult } from '../quiz/result.ts';
import { decodeResult, encodeResult } from '../share/codec.ts';
import { compileBanks } from './compile.ts';
import { ROLE } from './synthetic.ts';

const areas = {
  role: ROLE,
  scoring: { rho: 0.55 },
  areas: [
    {
      id: 'cloud',
      code: 0,
      title: 'Cloud',
      description: 'Cloud things',
      domains: [{ id: 'compute', title: 'Compute', share: 100 }],
      resources: [1, 2, 3].map((n) => ({ title: `Doc ${n}`, url: `https://example.com/${n}` }))
    }
  ]
};

const good = {
  id: 'cloud-001',
  domain: 'compute',
  type: 'single',
  ratings: [3, 3, 4],
  difficulty: 3,
  prompt: 'Which one?',
  options: [
    { id: 'a', text: 'Right', correct: true },
    { id: 'b', text: 'Wrong one' },
    { id: 'c', text: 'Wrong two' },
    { id: 'd', text: 'Wrong three' }
  ],
  explanation: 'Because.',
  references: [{ title: 'Doc', url: 'https://example.com/doc' }]
};

/** Compiles a throwaway questions/ folder holding `cloud.yaml` with the given questions. */
function compileWith(questions: unknown[], extraFiles: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'banks-'));
  mkdirSync(join(root, 'questions'));
  writeFileSync(join(root, 'questions', 'areas.yaml'), stringify(areas));
  writeFileSync(join(root, 'questions', 'cloud.yaml'), stringify({ questions }));
  for (const [name, text] of Object.entries(extraFiles))
    writeFileSync(join(root, 'questions', name), text);
  return compileBanks(root);
}

const errorsFor = (question: Record<string, unknown>) => compileWith([question]).errors;

describe('bank compiler', () => {
  it('compiles a valid bank: sanitized HTML, defaults and hashes', () => {
    const compiled = compileWith([{ ...good, prompt: 'Pick **one** <script>x</script>' }]);
    expect(compiled.errors).toEqual([]);
    const item = compiled.banks.cloud?.items[0];
    expect(item?.prompt).toBe('<p>Pick <strong>one</strong> &lt;script&gt;x&lt;/script&gt;</p>');
    expect(item?.discrimination).toBe(1.5);
    expect(compiled.index.areas[0]).toMatchObject({ id: 'cloud', itemCount: 1, weight: 1 });
    expect(compiled.index.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(compiled.index)).not.toContain('Pick');
  });

  it('changes the hash when the content changes', () => {
    const a = compileWith([good]).index.hash;
    const b = compileWith([{ ...good, explanation: 'Because, really.' }]).index.hash;
    expect(a).not.toBe(b);
  });
});

describe('bank validation: one rule each, named by file, question and field', () => {
  const file = 'questions/cloud.yaml';

  it('a single-answer question needs exactly one correct option', () => {
    const options = good.options.map((o) => ({ ...o, correct: true }));
    expect(errorsFor({ ...good, id: 'cloud-014', options })).toContain(
      `${file}: question cloud-014: options: a single-answer question needs exactly one correct option (found 4)`
    );
  });

  it('a multiple-answer question needs two right and one wrong', () => {
    expect(errorsFor({ ...good, type: 'multiple' })).toContain(
      `${file}: question cloud-001: options: a multiple-answer question needs at least two correct options and one wrong (found 1 of 4 correct)`
    );
  });

  it('names a question by position when its id is missing', () => {
    const { id: _id, ...noId } = good;
    expect(errorsFor(noId)).toContain(`${file}: question #1 (no id): id: is required`);
  });

  it('a multiple-answer question states how many to choose, as its key has', () => {
    const options = good.options.map((o, i) => ({ ...o, correct: i < 2 }));
    const multiple = { ...good, type: 'multiple', options };
    expect(errorsFor({ ...multiple, choose: 2 })).toEqual([]);
    expect(errorsFor(multiple)).toContain(
      `${file}: question cloud-001: choose: is required on a multiple-answer question: how many to choose (its key has 2)`
    );
    expect(errorsFor({ ...multiple, choose: 3 })).toContain(
      `${file}: question cloud-001: choose: says 3 but the key has 2 correct options`
    );
    expect(errorsFor({ ...good, choose: 1 })).toContain(
      `${file}: question cloud-001: choose: is only for multiple-answer questions`
    );
  });

  it('difficulty is a whole number from 1 to 5', () => {
    expect(errorsFor({ ...good, difficulty: 6 })).toContain(
      `${file}: question cloud-001: difficulty: must be a whole number from 1 to 5`
    );
  });

  it('discrimination is from 0.3 to 3', () => {
    expect(errorsFor({ ...good, discrimination: 4 })).toContain(
      `${file}: question cloud-001: discrimination: must be from 0.3 to 3`
    );
  });

  it('type is single or multiple', () => {
    expect(errorsFor({ ...good, type: 'essay' })).toContain(
      `${file}: question cloud-001: type: must be single or multiple`
    );
  });

  it('2 to 6 options', () => {
    expect(errorsFor({ ...good, options: [good.options[0]] })).toContain(
      `${file}: question cloud-001: options: needs 2 to 6 options`
    );
  });

  it('no duplicate option texts', () => {
    const options = [...good.options.slice(0, 3), { id: 'd', text: '  wrong   ONE ' }];
    expect(errorsFor({ ...good, options })).toContain(
      `${file}: question cloud-001: options[3].text: duplicate option text`
    );
  });

  it('no empty explanation', () => {
    expect(errorsFor({ ...good, explanation: '   ' })).toContain(
      `${file}: question cloud-001: explanation: must not be empty`
    );
  });

  it('references are http(s) URLs, at least one', () => {
    expect(
      errorsFor({ ...good, references: [{ title: 'x', url: 'javascript:alert(1)' }] })
    ).toContain(`${file}: question cloud-001: references[0].url: must be an http(s) URL`);
    expect(errorsFor({ ...good, references: [] })).toContain(
      `${file}: question cloud-001: references: needs at least one reference`
    );
  });

  it('the domain is one of the area’s', () => {
    expect(errorsFor({ ...good, domain: 'finops' })).toContain(
      `${file}: question cloud-001: domain: "finops" is not a domain of cloud in questions/areas.yaml`
    );
  });

  it('rejects unknown fields', () => {
    expect(errorsFor({ ...good, refrences: [] })).toContain(
      `${file}: question cloud-001: refrences: unknown field`
    );
  });

  it('ids are unique across files', () => {
    const compiled = compileWith([good, { ...good }]);
    expect(compiled.errors).toContain(
      `${file}: question cloud-001: id: duplicate id, also used in questions/cloud.yaml`
    );
  });

  it('reports a duplicate id even when the other copy is broken', () => {
    const compiled = compileWith([{ ...good, difficulty: 9 }, { ...good }]);
    expect(compiled.errors).toEqual([
      `${file}: question cloud-001: difficulty: must be a whole number from 1 to 5`,
      `${file}: question cloud-001: id: duplicate id, also used in questions/cloud.yaml`
    ]);
    expect(compiled.held).toEqual({ cloud: { total: 2, broken: 1 } });
  });

  it('takes three blind ratings whose median is the difficulty', () => {
    expect(errorsFor({ ...good, ratings: [2, 3, 5] })).toEqual([]);
    const { ratings: _, ...unrated } = good;
    expect(errorsFor(unrated)).toContain(
      `${file}: question cloud-001: ratings: is required: three blind ratings of the level, whose median is the difficulty`
    );
    expect(errorsFor({ ...good, ratings: [4, 4, 3] })).toContain(
      `${file}: question cloud-001: difficulty: must be the median of the ratings [4, 4, 3], 4`
    );
    expect(errorsFor({ ...good, ratings: [3, 3] })).toContain(
      `${file}: question cloud-001: ratings: needs exactly three blind ratings`
    );
    expect(errorsFor({ ...good, ratings: [3, 3, 6] })).toContain(
      `${file}: question cloud-001: ratings[2]: must be whole numbers from 1 to 5`
    );
  });

  it('reports every error at once, and a file that belongs to no area', () => {
    const compiled = compileWith(
      [
        { ...good, difficulty: 0 },
        { ...good, id: 'cloud-002', type: 'x' }
      ],
      {
        'stray.yaml': 'questions: []\n'
      }
    );
    expect(compiled.errors).toEqual([
      'questions/stray.yaml: no area "stray" in questions/areas.yaml',
      `${file}: question cloud-001: difficulty: must be a whole number from 1 to 5`,
      `${file}: question cloud-002: type: must be single or multiple`
    ]);
  });

  it('reports YAML syntax errors with their line and column', () => {
    const root = mkdtempSync(join(tmpdir(), 'banks-'));
    mkdirSync(join(root, 'questions'));
    writeFileSync(join(root, 'questions', 'areas.yaml'), stringify(areas));
    writeFileSync(join(root, 'questions', 'cloud.yaml'), 'questions:\n  - id: [unclosed\n');
    expect(compileBanks(root).errors[0]).toMatch(/^questions\/cloud\.yaml: line \d+, column \d+: /);
  });
});

describe('adding an area', () => {
  it('is an entry in areas.yaml and a bank file: compiled, scored and shared with no code change', () => {
    const root = mkdtempSync(join(tmpdir(), 'areas-'));
    const dir = join(root, 'questions');
    cpSync('tests/fixtures/role/questions', dir, { recursive: true });
    const file = parse(readFileSync(join(dir, 'areas.yaml'), 'utf8'));
    const third = { ...file.areas[1], id: 'lakehouse', code: 7, title: 'Lakehouse' };
    writeFileSync(join(dir, 'areas.yaml'), stringify({ ...file, areas: [...file.areas, third] }));
    const bank = readFileSync(join(dir, 'warehousing.yaml'), 'utf8').replaceAll(
      'warehousing-',
      'lakehouse-'
    );
    writeFileSync(join(dir, 'lakehouse.yaml'), bank);

    const compiled = compileBanks(root, { dir });
    expect(compiled.errors).toEqual([]);
    expect(compiled.index.areas.map((area) => [area.id, area.code])).toEqual([
      ['pipelines', 0],
      ['warehousing', 1],
      ['lakehouse', 7]
    ]);
    const result = buildResult({
      bankHash: compiled.index.hash,
      length: 'quick',
      day: 20_000,
      areas: compiled.index.areas.map((info) => ({ info, estimate: { theta: 0.5, se: 0.5 } }))
    });
    const decoded = decodeResult(encodeResult(result), compiled.index);
    expect(decoded.ok && decoded.result.areas.map((area) => area.title)).toEqual([
      'Data Pipelines',
      'Warehousing',
      'Lakehouse'
    ]);
  });

  it('refuses a share code another area already has', () => {
    const root = mkdtempSync(join(tmpdir(), 'areas-'));
    const dir = join(root, 'questions');
    cpSync('tests/fixtures/role/questions', dir, { recursive: true });
    const file = parse(readFileSync(join(dir, 'areas.yaml'), 'utf8'));
    file.areas[1].code = 0;
    writeFileSync(join(dir, 'areas.yaml'), stringify(file));
    expect(compileBanks(root, { dir }).errors).toContain(
      'questions/areas.yaml: area warehousing: code: 0 is already the code of pipelines'
    );
  });

  it('gives each area its skills and its resources, with the skills they teach, in the details', () => {
    const root = mkdtempSync(join(tmpdir(), 'areas-'));
    const dir = join(root, 'questions');
    cpSync('tests/fixtures/role/questions', dir, { recursive: true });
    const file = parse(readFileSync(join(dir, 'areas.yaml'), 'utf8'));
    const area = file.areas[0];
    const domain = area.domains[0].id;
    area.resources[0].domains = [domain];
    writeFileSync(join(dir, 'areas.yaml'), stringify(file));
    const compiled = compileBanks(root, { dir });
    expect(compiled.errors).toEqual([]);
    const details = compiled.details[area.id];
    expect(details?.domains[domain]).toBe(area.domains[0].title);
    expect(details?.resources[0]).toEqual({ ...area.resources[0], domains: [domain] });
    expect(details?.resources[1]?.domains).toEqual([]);
    // The entry chunk's index does not carry them.
    expect(JSON.stringify(compiled.index)).not.toContain(area.resources[0].url);

    area.resources[1].domains = ['no-such-skill'];
    writeFileSync(join(dir, 'areas.yaml'), stringify(file));
    expect(compileBanks(root, { dir }).errors).toContain(
      `questions/areas.yaml: area ${area.id}: resources[1] (${area.resources[1].title}): domains: "no-such-skill" is not a domain of ${area.id}`
    );
  });
});
