import Link from 'next/link';

/** The pages that stand above any one article, linked from every page's header. */
export function SiteLinks() {
  return <Link href="/library">Library</Link>;
}
