import type { AuditClaim, AuditReport } from '@/lib/schemas/audit-report';

/*
 * Rebuilds the article's layout from its claims: sections in order, each a run of blocks
 * (paragraphs, bullet lists, numbered lists), each block its sentences in order. Pure, so the
 * reader component only renders.
 */

export interface Block {
  kind: 'paragraph' | 'bullet' | 'numbered' | 'table-row';
  /** One entry per paragraph or list item, each its sentences. */
  items: AuditClaim[][];
}

export interface SectionLayout {
  id: string;
  title: string;
  blocks: Block[];
}

export function layoutArticle(report: Pick<AuditReport, 'claims' | 'coverage_by_section'>): SectionLayout[] {
  const claims = [...report.claims].sort((a, b) => a.order - b.order);
  return report.coverage_by_section.map((section) => {
    const own = claims.filter((c) => c.section_id === section.section_id);
    const blocks: Block[] = [];
    let lastParagraph: number | null = null;
    for (const claim of own) {
      const last = blocks[blocks.length - 1];
      if (claim.paragraph === lastParagraph && last) {
        last.items[last.items.length - 1]?.push(claim);
      } else if (last && claim.block !== 'paragraph' && last.kind === claim.block) {
        last.items.push([claim]); // next item of the same list
      } else {
        blocks.push({ kind: claim.block, items: [[claim]] });
      }
      lastParagraph = claim.paragraph;
    }
    return { id: section.section_id, title: section.section, blocks };
  });
}

export interface Segment {
  start: number;
  text: string;
  marker: AuditClaim['markers'][number] | null;
}

/** A sentence cut at its markers, so each marker can be rendered as a link. */
export function segments(claim: Pick<AuditClaim, 'text' | 'markers'>): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const marker of [...claim.markers].sort((a, b) => a.start - b.start)) {
    if (marker.start > at) out.push({ start: at, text: claim.text.slice(at, marker.start), marker: null });
    out.push({ start: marker.start, text: claim.text.slice(marker.start, marker.end), marker });
    at = marker.end;
  }
  if (at < claim.text.length) out.push({ start: at, text: claim.text.slice(at), marker: null });
  return out;
}
