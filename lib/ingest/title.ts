/** "emotionally-unavailable-men" → "Emotionally unavailable men". */
export function humaniseSlug(slug: string): string {
  const words = slug.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
