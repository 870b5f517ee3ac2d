import type { Metadata } from 'next';
import { ReaderView } from './_components/reader-view';
import '../audit/audit.css';

export const metadata: Metadata = { title: 'Reader · Claimtrace' };

/** /read?article=<slug>: the article as text, each sentence marked by its citation status. */
export default async function ReadPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { article } = await searchParams;
  return <ReaderView slug={typeof article === 'string' && article !== '' ? article : null} />;
}
