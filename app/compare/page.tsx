import type { Metadata } from 'next';
import { CompareView } from './_components/compare-view';
import '../audit/audit.css';
import '../library/library.css';
import './compare.css';

export const metadata: Metadata = { title: 'Compare a new version · Claimtrace' };

/**
 * /compare?article=<slug>: pick a loaded article, paste or drop a new version of it, and see what
 * changed (claims, citations, references, coverage). Nothing is written.
 */
export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { article } = await searchParams;
  return <CompareView slug={typeof article === 'string' && article !== '' ? article : null} />;
}
