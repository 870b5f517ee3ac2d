/** Slugs name articles in URLs and ids: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug from a file name: "Emotionally Unavailable Men.txt" -> "emotionally-unavailable-men". */
export function slugFromFileName(fileName: string): string {
  return slugFromTitle(fileName.replace(/\.[^.]+$/, ''));
}

/** A slug from an article's title, by the same rule: "Sleep & Memory" -> "sleep-memory". */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .replace(/(?<!-)-+$/, ''); // "(?<!-)": a run of hyphens is tried from its first one only
}
