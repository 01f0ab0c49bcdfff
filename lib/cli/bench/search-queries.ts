import type { SearchRequest } from '@/lib/content/search';
import { SEARCH_KINDS } from '@/lib/content/search-input';
import { createRandom } from './stats';
import { buildSyntheticText, VOCABULARY } from './synthetic-posts';

/**
 * The questions the search benchmark asks, the same on every run: what readers type, from a
 * rare term (a drug name in a few dozen posts) to broad words found in most posts, two-word
 * queries, quoted phrases taken from the posts' own sentences, exclusions, filters by kind
 * and by specialty, and second pages.
 */
export function buildSearchQueries(count: number, specialtySlugs: readonly string[]): SearchRequest[] {
  const random = createRandom(2026);
  const { sentences, rareTerms } = buildSyntheticText();
  const pickFrom = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = () => pickFrom(VOCABULARY);
  const rare = () => pickFrom(rareTerms);
  const phrase = () => {
    const words = pickFrom(sentences).toLowerCase().split(' ');
    const at = Math.floor(random() * (words.length - 1));
    return `"${words[at]} ${words[at + 1]}"`;
  };
  const specialty = () => (specialtySlugs.length ? pickFrom(specialtySlugs) : null);
  const shapes: Array<() => SearchRequest> = [
    () => ({ q: rare() }),
    () => ({ q: word() }),
    () => ({ q: `${rare()} ${word()}` }),
    () => ({ q: `${word()} ${word()}` }),
    () => ({ q: phrase() }),
    () => ({ q: `${word()} -${word()}` }),
    () => ({ q: word(), kind: pickFrom(SEARCH_KINDS) }),
    () => ({ q: rare(), specialty: specialty() }),
    () => ({ q: word(), specialty: specialty() }),
    () => ({ q: `${word()} ${word()}`, page: 2 }),
  ];
  return Array.from({ length: count }, (_, i) => shapes[i % shapes.length]!());
}
