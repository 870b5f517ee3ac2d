'use client';

import { createColumnHelper } from '@tanstack/react-table';
import type { AuditReport } from '@/lib/schemas/audit-report';
import { ClaimsTable } from './claims-table';
import { DataTable } from './data-table';
import { SourceFindingsSection } from './source-findings-table';
import { ClaimLink, refs, WorkLink } from '@/app/_shared/links';

type Reference = AuditReport['references'][number];
type Numbering = AuditReport['findings']['numbering'][number];
type Mismatch = AuditReport['findings']['mismatch'][number];
interface CalloutIssue {
  key: string;
  claim_id: string;
  callout: string;
  issue: string;
}
interface EntryIssue {
  key: string;
  numbers: number[];
  issue: string;
  work_id: string | null;
  raw: string;
}

const ref = createColumnHelper<Reference>();
const referenceColumns = [
  ref.accessor('number', { header: 'Number', cell: (c) => `[${c.getValue()}]` }),
  ref.accessor(
    (r) =>
      r.listed ? (r.cited_by.length > 0 ? 'listed and cited' : 'listed, never cited') : 'cited, not listed',
    {
      id: 'state',
      header: 'State',
    },
  ),
  ref.accessor((r) => r.cited_by.length, { id: 'cited_by', header: 'Cited by' }),
  ref.accessor((r) => r.raw ?? 'not in the reference list', {
    id: 'entry',
    header: 'Entry',
    enableSorting: false,
    cell: (c) => <WorkLink id={c.row.original.work_id} label={c.getValue()} />,
  }),
];

const num = createColumnHelper<Numbering>();
const numberingColumns = [
  num.accessor('type', { header: 'Anomaly', cell: (c) => c.getValue().replace(/_/g, ' ') }),
  num.accessor((n) => refs(n.numbers), { id: 'numbers', header: 'Numbers' }),
  num.accessor('message', { header: 'Detail', enableSorting: false }),
  num.accessor('claim_id', {
    header: 'First cited in',
    cell: (c) => (c.getValue() ? <ClaimLink id={c.getValue() as string} /> : '—'),
  }),
];

const mis = createColumnHelper<Mismatch>();
const mismatchColumns = [
  mis.accessor('claim_id', { header: 'Claim', cell: (c) => <ClaimLink id={c.getValue()} /> }),
  mis.accessor('text', { header: 'Claim text', enableSorting: false }),
  mis.accessor('number', { header: 'Cites', cell: (c) => `[${c.getValue()}]` }),
  mis.accessor('work_title', {
    header: 'Cited title',
    cell: (c) => <WorkLink id={c.row.original.work_id} label={c.getValue()} />,
  }),
  mis.accessor((m) => [...m.shared_keywords, ...m.shared_concepts].join(', ') || 'nothing', {
    id: 'overlap',
    header: 'In common',
  }),
];

const ent = createColumnHelper<EntryIssue>();
const entryColumns = [
  ent.accessor((e) => refs(e.numbers), {
    id: 'numbers',
    header: 'Number',
    sortingFn: (a, b) => (a.original.numbers[0] ?? 0) - (b.original.numbers[0] ?? 0),
  }),
  ent.accessor('issue', { header: 'Issue' }),
  ent.accessor('raw', {
    header: 'Entry',
    enableSorting: false,
    cell: (c) => <WorkLink id={c.row.original.work_id} label={c.getValue()} />,
  }),
];

const cal = createColumnHelper<CalloutIssue>();
const calloutColumns = [
  cal.accessor('claim_id', { header: 'Claim', cell: (c) => <ClaimLink id={c.getValue()} /> }),
  cal.accessor('callout', { header: 'Callout', enableSorting: false }),
  cal.accessor('issue', { header: 'Issue' }),
];

function calloutIssues(report: AuditReport): CalloutIssue[] {
  return [
    ...report.findings.suspicious_range.map((r, i) => ({
      key: `r${i}`,
      claim_id: r.claim_id,
      callout: r.marker,
      issue: 'range never expanded (years, or too wide)',
    })),
    ...report.findings.ambiguous_callout.map((a, i) => ({
      key: `a${i}`,
      claim_id: a.claim_id,
      callout: a.callout,
      issue: `matches several entries: ${refs(a.candidates)}`,
    })),
    ...report.findings.year_mismatch.map((y, i) => ({
      key: `y${i}`,
      claim_id: y.claim_id,
      callout: y.callout,
      issue: `year ${y.cited_year}; entry ${refs([y.number])} says ${y.listed_year}`,
    })),
  ];
}

function entryIssues(report: AuditReport): EntryIssue[] {
  return [
    ...report.findings.incomplete_entry.map((e) => ({
      key: `i${e.number}`,
      numbers: [e.number],
      issue: `missing ${e.missing.join(', ')}`,
      work_id: e.work_id,
      raw: e.raw,
    })),
    ...report.findings.duplicate_entry.map((d) => ({
      key: `d${d.numbers.join('-')}`,
      numbers: d.numbers,
      issue: d.reason === 'same_text' ? 'duplicate entry (same text)' : 'duplicate entry (same work)',
      work_id: d.work_id,
      raw: d.raw,
    })),
  ];
}

export function FindingTables({ report }: { report: AuditReport }) {
  return (
    <>
      {report.source_findings && report.source_findings.length > 0 ? (
        <SourceFindingsSection findings={report.source_findings} />
      ) : null}
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims</h2>
        <ClaimsTable claims={report.claims} />
      </section>
      <section aria-labelledby="numbers-heading">
        <h2 id="numbers-heading">Reference numbers</h2>
        <DataTable
          caption="Every number cited or listed"
          columns={referenceColumns}
          data={report.references}
          testId="references-table"
        />
      </section>
      <section aria-labelledby="numbering-heading">
        <h2 id="numbering-heading">Numbering anomalies</h2>
        <DataTable
          caption="First citations out of order, gaps and duplicates in the list"
          columns={numberingColumns}
          data={report.findings.numbering}
          testId="numbering-table"
        />
      </section>
      <section aria-labelledby="callouts-heading">
        <h2 id="callouts-heading">Callouts</h2>
        <DataTable
          caption="Ranges never expanded, and author-date callouts matching several entries"
          columns={calloutColumns}
          data={calloutIssues(report)}
          testId="callouts-table"
        />
      </section>
      <section aria-labelledby="mismatch-heading">
        <h2 id="mismatch-heading">Worth checking</h2>
        <p className="muted">
          The claim and the title of the work it cites share no concept and little vocabulary. A prompt to
          look, not a verdict.
        </p>
        <DataTable
          caption="Citations whose source may not match the claim"
          columns={mismatchColumns}
          data={report.findings.mismatch}
          testId="mismatch-table"
        />
      </section>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">Reference entries</h2>
        <DataTable
          caption="Entries missing fields, and duplicates"
          columns={entryColumns}
          data={entryIssues(report)}
          testId="entries-table"
        />
      </section>
      {report.source_findings && report.source_findings.length > 0 ? null : (
        <SourceFindingsSection findings={report.source_findings} />
      )}
    </>
  );
}
