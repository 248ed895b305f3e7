import { describe, expect, it } from 'vitest';
import { syntheticBank } from '../build/synthetic.ts';
import { tagWords } from '../lib/words-history.ts';
import type { AreaDetails, Item } from './bank.ts';
import { studyPlan } from './study.ts';

/** Six questions over three skills, with tags. */
const items: Item[] = syntheticBank('cloud', 2)
  .items.slice(0, 6)
  .map((item, n) => ({
    ...item,
    domain: ['finops', 'identity', 'finops', 'networking', 'finops', 'identity'][n] ?? 'finops',
    tags:
      [['spot'], ['least-privilege'], ['spot', 'commitments'], [], ['commitments', 'spot'], []][
        n
      ] ?? []
  }));
const details: AreaDetails = {
  id: 'cloud',
  items: {},
  domains: { finops: 'Cost and FinOps', identity: 'Identity and access', networking: 'Networking' },
  resources: [
    { title: 'Whole area', url: 'https://example.com/area', domains: [] },
    { title: 'Networking guide', url: 'https://example.com/net', domains: ['networking'] },
    { title: 'Unrelated', url: 'https://example.com/k8s', domains: ['kubernetes'] },
    { title: 'Cost guide', url: 'https://example.com/cost', domains: ['finops', 'identity'] }
  ]
};
const ids = items.map((item) => item.id);

describe('study plan', () => {
  it('names the skills missed, most missed first, with their tags and questions in order', () => {
    const plan = studyPlan([ids[0], ids[1], ids[2], ids[3], ids[4]] as string[], items, details);
    expect(plan.skills.map((skill) => [skill.title, skill.items.length])).toEqual([
      ['Cost and FinOps', 3],
      ['Identity and access', 1],
      ['Networking', 1]
    ]);
    expect(plan.skills[0]?.tags).toEqual(['spot', 'commitments']);
    expect(plan.skills[0]?.items.map((item) => item.id)).toEqual([ids[0], ids[2], ids[4]]);
  });

  it('lists the resources for the missed skills first, then the whole area, then the rest', () => {
    const plan = studyPlan([ids[0], ids[3]] as string[], items, details);
    expect(plan.resources.map((resource) => resource.title)).toEqual([
      'Networking guide',
      'Cost guide',
      'Whole area',
      'Unrelated'
    ]);
    expect(plan.resources[1]?.teaches).toEqual(['Cost and FinOps']);
    expect(plan.resources[2]?.teaches).toEqual([]);
  });

  it('with nothing missed keeps the resources in their order, and skips unknown ids', () => {
    const plan = studyPlan(['cloud-gone'], items, details);
    expect(plan.skills).toEqual([]);
    expect(plan.resources.map((resource) => resource.title)).toEqual([
      'Whole area',
      'Networking guide',
      'Unrelated',
      'Cost guide'
    ]);
  });

  it('names tags in words', () => {
    expect(tagWords('eu-ai-act')).toBe('EU AI act');
    expect(tagWords('ab-testing')).toBe('A/B testing');
    expect(tagWords('least-privilege')).toBe('least privilege');
    expect(tagWords('pci-dss')).toBe('PCI DSS');
    expect(tagWords('vllm')).toBe('vLLM');
  });
});
