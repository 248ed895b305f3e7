/**
 * The words of the screens after a check (the progress screen, the change lines and the study plan
 * on the results): apart from words.ts only so that the first screen does not carry them. A
 * translation covers both files.
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

/** The study plan's words (the recommendations of the results screen). */
export const STUDY_WORDS = {
  skillsMissed: 'Skills you missed:',
  explanation: 'Explanation',
  explanationOf: (prompt: string) => `Explanation: ${prompt}`,
  teaches: (skills: string[]) => `for ${skills.join(', ')}`,
  study: 'Study, the missed skills first'
};

/** Words spelled as they are, not as a kebab-case tag spells them. */
const TAG_WORDS: Record<string, string> = {
  ab: 'A/B',
  cicd: 'CI/CD',
  genai: 'GenAI',
  mlops: 'MLOps',
  oauth: 'OAuth',
  onnx: 'ONNX',
  vllm: 'vLLM',
  qlora: 'QLoRA',
  lora: 'LoRA',
  kafka: 'Kafka',
  azure: 'Azure',
  entra: 'Entra',
  kueue: 'Kueue',
  jax: 'JAX',
  ragas: 'Ragas',
  mitre: 'MITRE',
  atlas: 'ATLAS',
  cuped: 'CUPED',
  sagemaker: 'SageMaker',
  bigquery: 'BigQuery',
  pytorch: 'PyTorch'
};
/** Short tag parts that are initialisms (written in capitals). */
const INITIALISMS = new Set(
  (
    'a2a abac adr ai api avro awq bm25 bom c2pa cd cdc ci coe dns dpia dss eu fp8 fsdp gdpr gke ' +
    'gpai gptq gpu hnsw http iso ivf json kms kv llm mcp mig ml mrm nist owasp pci peft pii rag ' +
    'rmf rrf scp sla sli slo slsa sql sqs srm tco tpu ttft vpc xss'
  ).split(' ')
);

/** A tag in words: "eu-ai-act" reads "EU AI act", "ab-testing" "A/B testing". */
export function tagWords(tag: string): string {
  return tag
    .split('-')
    .map((part) => TAG_WORDS[part] ?? (INITIALISMS.has(part) ? part.toUpperCase() : part))
    .join(' ');
}
