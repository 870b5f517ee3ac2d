import type { Metadata } from 'next';
import { ReaderView } from './_components/reader-view';
import '../audit/audit.css';

export const metadata: Metadata = { title: 'Reader · Claimtrace' };

/**
 * /read?article=<slug>&claim=<id>: the article as text, each sentence marked by its citation status;
 * with a claim, that sentence is scrolled to, focused and highlighted.
 */
export default async function ReadPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { article, claim } = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === 'string' && v !== '' ? v : null);
  return <ReaderView slug={one(article)} claim={one(claim)} />;
}
