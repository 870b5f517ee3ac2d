import type { AuditClaim, AuditReport } from '@/lib/schemas/audit-report';
import type { DraftComparison, DraftSentence } from '@/lib/schemas/draft-comparison';
import { matchSentences } from './match-sentences';

/**
 * Two drafts' audit reports in, what changed out (lib/schemas/draft-comparison.ts): pure, so the
 * CLI (`--against`) and a page share it. A cited number stands for its work: the work's id when
 * listed (ids come from the entry's content, so the same entry under another number is the same
 * work), else the number itself, which is all an unlisted citation has.
 */

const round = (x: number) => Math.round(x * 100) / 100;

/** The sentence without its citation markers: what a rewording is judged on. */
function bareText(c: AuditClaim): string {
  let out = '';
  let at = 0;
  for (const m of [...c.markers].sort((a, b) => a.start - b.start)) {
    out += `${c.text.slice(at, m.start)} `;
    at = m.end;
  }
  return out + c.text.slice(at);
}

const sentence = (c: AuditClaim): DraftSentence => ({
  id: c.id,
  text: c.text,
  cites: c.cites,
  ...(c.line === undefined ? {} : { line: c.line }),
});

function workKeys(report: AuditReport): (n: number) => string {
  const listed = new Map(
    report.references.filter((r) => r.listed && r.work_id).map((r) => [r.number, r.work_id]),
  );
  return (n) => listed.get(n) ?? `unlisted:${n}`;
}

function coverageOf(report: AuditReport) {
  const { claims, backed, coverage } = report.summary;
  return { claims, backed, coverage };
}

export function compareDrafts(older: AuditReport, newer: AuditReport): DraftComparison {
  const match = matchSentences(older.claims, newer.claims, bareText);
  const oldKey = workKeys(older);
  const newKey = workKeys(newer);

  const citationsChanged = [...match.same, ...match.reworded]
    .sort((a, b) => a.new.order - b.new.order)
    .map((p) => {
      const before = new Set(p.old.cites.map(oldKey));
      const after = new Set(p.new.cites.map(newKey));
      return {
        old: sentence(p.old),
        new: sentence(p.new),
        gained: p.new.cites.filter((n) => !before.has(newKey(n))),
        lost: p.old.cites.filter((n) => !after.has(oldKey(n))),
      };
    })
    .filter((c) => c.gained.length > 0 || c.lost.length > 0);

  const listedKeys = (r: AuditReport) => new Set(r.references.filter((x) => x.listed).map((x) => x.work_id));
  const oldWorks = listedKeys(older);
  const newWorks = listedKeys(newer);
  const entry = (r: AuditReport['references'][number]) => ({ number: r.number, raw: r.raw });

  return {
    old: { title: older.title },
    new: { title: newer.title },
    claims: {
      added: match.added.map(sentence),
      removed: match.removed.map(sentence),
      reworded: match.reworded.map((p) => ({
        old: sentence(p.old),
        new: sentence(p.new),
        similarity: round(p.similarity),
      })),
      unchanged: match.same.length,
      citations_changed: citationsChanged,
    },
    references: {
      added: newer.references.filter((r) => r.listed && !oldWorks.has(r.work_id)).map(entry),
      removed: older.references.filter((r) => r.listed && !newWorks.has(r.work_id)).map(entry),
    },
    coverage: { before: coverageOf(older), after: coverageOf(newer) },
  };
}
