import type { Block } from './blocks';

/** "emotionally-unavailable-men" → "Emotionally unavailable men". */
export function humaniseSlug(slug: string): string {
  const words = slug.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The article's title and the blocks that remain: an explicit title wins, then a Markdown "# "
 * heading on the first line (which is then the title, not a section), then the humanised slug.
 */
export function takeTitle(
  blocks: Block[],
  slug: string,
  explicit?: string,
): { title: string; blocks: Block[] } {
  const first = blocks[0];
  const isDocumentTitle = first?.type === 'heading' && first.level === 1;
  const rest = isDocumentTitle ? blocks.slice(1) : blocks;
  const title = explicit?.trim() || (isDocumentTitle ? first.text : '') || humaniseSlug(slug);
  return { title, blocks: rest };
}
