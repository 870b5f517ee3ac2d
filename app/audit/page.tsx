import type { Metadata } from 'next';
import { AuditView } from './_components/audit-view';
import './audit.css';

export const metadata: Metadata = { title: 'Citation audit · Claimtrace' };

/** /audit?article=<slug>: the article's citation audit; the first article when none is named. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { article } = await searchParams;
  return <AuditView slug={typeof article === 'string' && article !== '' ? article : null} />;
}
