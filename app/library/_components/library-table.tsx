'use client';

import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTable } from '@/app/audit/_components/data-table';
import { FINDING_KINDS, FINDING_LABELS } from '@/lib/schemas/audit-report';
import type { LibraryEntry } from '@/lib/schemas/library';
import { RemoveArticle } from './remove-article';

const column = createColumnHelper<LibraryEntry>();
const q = (slug: string) => `?article=${encodeURIComponent(slug)}`;
const FORMAT_LABELS: Record<string, string> = {
  text: 'Text',
  markdown: 'Markdown',
  html: 'HTML',
  docx: 'Word',
  jats: 'JATS XML',
};
const total = (a: LibraryEntry) => FINDING_KINDS.reduce((sum, kind) => sum + (a.findings[kind] ?? 0), 0);
const loaded = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function FindingCounts({ article }: { article: LibraryEntry }) {
  const found = FINDING_KINDS.filter((kind) => (article.findings[kind] ?? 0) > 0);
  if (found.length === 0) return <span className="muted">none</span>;
  return (
    <details>
      <summary>{total(article)}</summary>
      <ul className="finding-counts">
        {found.map((kind) => (
          <li key={kind}>
            {FINDING_LABELS[kind]}: {article.findings[kind]}
          </li>
        ))}
      </ul>
    </details>
  );
}

function columns(canWrite: boolean) {
  return [
    column.accessor('title', {
      header: 'Article',
      cell: ({ row }) => (
        <>
          <Link href={`/${q(row.original.slug)}`}>{row.original.title}</Link>
          <div className="muted library-slug">{row.original.slug}</div>
        </>
      ),
    }),
    column.accessor((a) => (a.format ? (FORMAT_LABELS[a.format] ?? a.format) : ''), {
      id: 'format',
      header: 'Format',
    }),
    column.accessor((a) => a.style ?? '', { id: 'style', header: 'Style' }),
    column.accessor('coverage', {
      header: 'Coverage',
      cell: (c) => `${Math.round(c.getValue() * 100)}%`,
    }),
    column.accessor('claims', { header: 'Claims' }),
    column.accessor('works', { header: 'Works' }),
    column.accessor(total, {
      id: 'findings',
      header: 'Findings',
      cell: ({ row }) => <FindingCounts article={row.original} />,
    }),
    column.accessor((a) => a.loadedAt ?? '', {
      id: 'loadedAt',
      header: 'Loaded (UTC)',
      cell: (c) =>
        c.getValue() ? <time dateTime={c.getValue()}>{loaded.format(new Date(c.getValue()))}</time> : '',
    }),
    column.display({
      id: 'open',
      header: 'Open',
      cell: ({ row }) => (
        <span className="library-actions">
          <Link href={`/${q(row.original.slug)}`}>Explorer</Link>
          <Link href={`/audit${q(row.original.slug)}`}>Audit</Link>
          <Link href={`/read${q(row.original.slug)}`}>Reader</Link>
          {canWrite && <RemoveArticle slug={row.original.slug} title={row.original.title} />}
        </span>
      ),
    }),
  ];
}

/** The library's table: one row per article, sortable by any figure, filtered by any text. */
export function LibraryTable({ articles, canWrite }: { articles: LibraryEntry[]; canWrite: boolean }) {
  return (
    <DataTable
      caption={`${articles.length} ${articles.length === 1 ? 'article' : 'articles'}`}
      columns={columns(canWrite)}
      data={articles}
      initialSorting={[{ id: 'title', desc: false }]}
      testId="library-table"
    />
  );
}
