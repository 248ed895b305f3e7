/**
 * The study plan of an area to work on: the skills missed (the bank's domains, with the tags of
 * the questions missed), each missed question, and the area's resources, those that teach the
 * missed skills first.
 */
import type { AreaDetails, Item, Link } from './bank.ts';

export interface MissedSkill {
  /** The domain id and its title (areas.yaml). */
  domain: string;
  title: string;
  /** The tags of the questions missed in it, the most frequent first (at most four). */
  tags: string[];
  /** The questions missed in it, in the order they were asked. */
  items: Item[];
}

export interface StudyResource extends Link {
  /** Titles of the missed skills it teaches; empty for a resource on the whole area. */
  teaches: string[];
}

export interface StudyPlan {
  skills: MissedSkill[];
  resources: StudyResource[];
}

/** How many tags a skill names. */
const TAGS_SHOWN = 4;

/** Counts the values, most frequent first (ties: first seen first). */
function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.keys()].sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0));
}

/**
 * The plan for one area from the ids of its questions missed (in the order asked), its questions
 * and its details. Skills come in order of how many questions were missed in them; resources that
 * teach a missed skill come first (the more missed questions they cover, the earlier), then those
 * on the whole area, then the rest.
 */
export function studyPlan(
  missed: readonly string[],
  items: readonly Item[],
  details: AreaDetails
): StudyPlan {
  const byId = new Map(items.map((item) => [item.id, item]));
  const missedItems = missed.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
  const domains = byFrequency(missedItems.map((item) => item.domain));
  const skills = domains.map((domain) => {
    const own = missedItems.filter((item) => item.domain === domain);
    return {
      domain,
      title: details.domains[domain] ?? domain,
      tags: byFrequency(own.flatMap((item) => item.tags)).slice(0, TAGS_SHOWN),
      items: own
    };
  });
  const weight = new Map(skills.map((skill) => [skill.domain, skill.items.length]));
  const rank = (resource: AreaDetails['resources'][number]): number => {
    if (resource.domains.length === 0) return 0;
    const covered = resource.domains.reduce((sum, domain) => sum + (weight.get(domain) ?? 0), 0);
    return covered > 0 ? covered : -1;
  };
  const resources = details.resources
    .map((resource, order) => ({ resource, order, rank: rank(resource) }))
    .sort((x, y) => y.rank - x.rank || x.order - y.order)
    .map(({ resource }) => ({
      title: resource.title,
      url: resource.url,
      teaches: skills
        .filter((skill) => resource.domains.includes(skill.domain))
        .map((skill) => skill.title)
    }));
  return { skills, resources };
}
