import { alphabeticLabels } from '@/lib/ingest/alphabetic-labels';
import { isYearLabelled } from '@/lib/ingest/lettered-labels';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import { withoutSpans } from '@/lib/ingest/markers';
import { type AuditClaim, type AuditReport, FINDING_KINDS } from '@/lib/schemas/audit-report';
import { claimStatus, coverage } from './claim-status';
import { duplicateEntries, incompleteEntries } from './entries';
import { possibleMismatches } from './mismatch';
import { listNumbering, outOfOrder } from './numbering';
import { assessRisk } from './risk';
import { citationStyle } from './callout-findings';
import { buildFindings, claimsCiting, sectionCoverage } from './findings';
import { claimSourceFlags, type SourceData, sourceFindings } from './source-findings';

const ascending = (xs: Iterable<number>) => [...new Set(xs)].sort((a, b) => a - b);

/**
 * The one set of audit rules, used alike by the CLI (on a freshly parsed file), the API (on the
 * document read back from Neo4j) and the pages. Pure: same document in, same report out. With
 * `sources` (Crossref checks, Retraction Watch data) the report also says what they tell about the
 * cited works; without, it has no `source_findings` at all.
 */
export function auditArticle(doc: GraphDocument, sources?: SourceData): AuditReport {
  const listedSet = new Set(doc.entries.map((e) => e.number));
  const sectionTitle = new Map(doc.sections.map((s) => [s.id, s.title]));
  const authorNames = [...new Set(doc.authors.map((a) => a.family))];

  const claims: AuditClaim[] = [...doc.claims]
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const status = claimStatus(c, listedSet);
      const { risk, reasons } =
        status === 'not_a_claim' ? { risk: 0, reasons: [] } : assessRisk(withoutSpans(c.text, c.markers), authorNames);
      return {
        id: c.id,
        section: sectionTitle.get(c.sectionId) ?? '',
        section_id: c.sectionId,
        text: c.text,
        kind: c.kind,
        order: c.order,
        paragraph: c.paragraph,
        block: c.block,
        markers: c.markers.map((m) => ({ raw: m.raw, numbers: [...m.numbers], start: m.start, end: m.end })),
        cites: ascending(c.cites),
        status,
        risk,
        risk_reasons: reasons,
        ...(c.line === undefined ? {} : { line: c.line }),
        ...(c.column === undefined ? {} : { column: c.column }),
      };
    });

  const cited = ascending(claims.flatMap((c) => c.cites));
  const listed = ascending(listedSet);
  const citedSet = new Set(cited);
  const statusOf = new Map(claims.map((c) => [c.id, c.status]));

  const style = citationStyle(doc, claims);
  const findings = buildFindings({
    doc,
    claims,
    listed,
    cited,
    // An author–date list is alphabetical, one labelled "[HM]", "[AM97]" too, and one labelled
    // "2011 - " goes by year: their positions say nothing about citation order.
    numbering: [
      ...(style === 'author-date' || alphabeticLabels(doc.entries) !== null || isYearLabelled(doc.entries)
        ? []
        : outOfOrder(doc.claims)),
      ...listNumbering(doc.entries),
    ],
    mismatch: possibleMismatches(doc, (id) => statusOf.get(id) !== 'not_a_claim'),
    incomplete: incompleteEntries(doc),
    duplicates: duplicateEntries(doc),
  });

  const fromSources = sources ? sourceFindings(doc, sources) : undefined;
  if (fromSources) {
    const flags = claimSourceFlags(fromSources);
    for (const claim of claims) {
      const own = flags.get(claim.id);
      if (own) claim.source_flags = own;
    }
  }

  const count = (s: AuditClaim['status']) => claims.filter((c) => c.status === s).length;
  const needing = claims.length - count('not_a_claim');
  const workOf = new Map(doc.references.map((r) => [r.number, r.workId]));
  const works = new Map(doc.works.map((w) => [w.id, w]));
  const rawOf = new Map(doc.entries.map((e) => [e.number, e.raw]));
  // An entry's line is a line of the file only where it has a column (a text source).
  const placeOf = new Map<number, { line: number; column: number }>();
  for (const e of doc.entries) {
    if (e.column !== undefined && !placeOf.has(e.number))
      placeOf.set(e.number, { line: e.line, column: e.column });
  }
  const citing = claimsCiting(claims);

  return {
    slug: doc.article.slug,
    title: doc.article.title,
    style,
    references_listed: listed,
    markers_cited: cited,
    cited_not_listed: cited.filter((n) => !listedSet.has(n)),
    listed_not_cited: listed.filter((n) => !citedSet.has(n)),
    claims,
    references: ascending([...listed, ...cited]).map((number) => {
      const workId = workOf.get(number) ?? null;
      return {
        number,
        listed: listedSet.has(number),
        work_id: workId,
        title: (workId ? works.get(workId)?.title : null) ?? null,
        raw: rawOf.get(number) ?? null,
        cited_by: citing.get(number) ?? [],
        ...placeOf.get(number),
      };
    }),
    coverage_by_section: sectionCoverage(doc.sections, claims),
    findings,
    summary: {
      claims: needing,
      backed: count('backed'),
      partly_unlisted: count('partly_unlisted'),
      unlisted_only: count('unlisted_only'),
      uncited: count('uncited'),
      not_a_claim: count('not_a_claim'),
      coverage: coverage(count('backed'), needing),
      findings: Object.fromEntries(
        FINDING_KINDS.map((k) => [k, findings[k].length]),
      ) as AuditReport['summary']['findings'],
    },
    ...(fromSources ? { source_findings: fromSources } : {}),
  };
}
