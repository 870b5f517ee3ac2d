import Link from 'next/link';

/** Deep links into the explorer; the parameter names are the explorer's (?claim=, ?work=). */
export const claimHref = (claimId: string) => `/?claim=${encodeURIComponent(claimId)}`;
export const workHref = (workId: string) => `/?work=${encodeURIComponent(workId)}`;
/** The sentence in the reader: /read scrolls to it and highlights it. */
export const readerClaimHref = (article: string, claimId: string) =>
  `/read?article=${encodeURIComponent(article)}&claim=${encodeURIComponent(claimId)}`;

export function ClaimLink({ id }: { id: string }) {
  return <Link href={claimHref(id)}>{id.slice(id.lastIndexOf('/') + 1)}</Link>;
}

export function WorkLink({ id, label }: { id: string | null; label: string }) {
  return id ? <Link href={workHref(id)}>{label}</Link> : <span>{label}</span>;
}

export const refs = (numbers: number[]) => numbers.map((n) => `[${n}]`).join(' ');
