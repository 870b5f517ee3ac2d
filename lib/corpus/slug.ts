import { slugify } from '@/lib/text/slug';

export { SLUG_PATTERN } from '@/lib/text/slug';

/** A slug from a file name: "Emotionally Unavailable Men.txt" -> "emotionally-unavailable-men". */
export function slugFromFileName(fileName: string): string {
  return slugify(fileName.replace(/\.[^.]+$/, ''));
}

/** A slug from an article's title, by the same rule: "Sleep & Memory" -> "sleep-memory". */
export function slugFromTitle(title: string): string {
  return slugify(title);
}
