import type { PoolAuthor, PoolWork } from './pool';

/** "Levant, R. F., Hall, R. J., & Hasan, N. T." as APA-ish reference lists write bylines. */
export function byline(authors: PoolAuthor[]): string {
  const names = authors.map((a) => `${a.family}, ${a.given}`);
  if (names.length === 1) return names[0] as string;
  if (names.length === 2) return `${names[0]} & ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

/** One reference-list entry without its "[n] " prefix, written the same way in every article. */
export function referenceEntry(work: PoolWork): string {
  const head = `${byline(work.authors)} (${work.year}). ${work.title}.`;
  if (work.kind === 'book') return `${head} ${work.place}: ${work.publisher}.`;
  const issue = work.issue === null ? '' : `(${work.issue})`;
  return `${head} ${work.venue}, ${work.volume}${issue}, ${work.pages}.`;
}
