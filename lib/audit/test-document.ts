import type { ClaimKind, ClaimRecord, GraphDocument, WorkRecord } from '@/lib/ingest/graph-document';

/**
 * Hand-made graph documents for the audit's unit tests: the rules are tested against exactly the
 * data they read, independent of how the parser gets there.
 */

export interface ClaimSpec {
  text: string;
  kind?: ClaimKind;
  section?: number;
}

const SLUG = 'doc';

function markersOf(text: string): ClaimRecord['markers'] {
  return [...text.matchAll(/\[(\d+(?:\s*[,-]\s*\d+)*)\]/g)].map((m) => {
    const numbers: number[] = [];
    for (const part of (m[1] as string).split(',')) {
      const [a, b] = part.split('-').map((x) => Number(x.trim()));
      for (let n = a as number; n <= (b ?? (a as number)); n++) if (!numbers.includes(n)) numbers.push(n);
    }
    return { raw: m[0], numbers, start: m.index, end: m.index + m[0].length };
  });
}

export function work(number: number, fields: Partial<WorkRecord> = {}): WorkRecord {
  return {
    id: `w${number}`,
    title: `Title ${number}`,
    year: 2000 + number,
    kind: 'article',
    container: 'Journal',
    volume: '1',
    issue: null,
    pages: '1-10',
    publisher: null,
    place: null,
    doi: null,
    raw: `Entry ${number}`,
    authorIds: [],
    venueId: null,
    ...fields,
  };
}

export function makeDocument(options: {
  claims: (string | ClaimSpec)[];
  sections?: string[];
  listed?: (number | WorkRecord)[];
  entries?: { number: number; raw: string }[];
}): GraphDocument {
  const sections = (options.sections ?? ['Introduction']).map((title, order) => ({
    id: `${SLUG}/s${order}`,
    title,
    order,
  }));
  const claims: ClaimRecord[] = options.claims.map((spec, order) => {
    const s = typeof spec === 'string' ? { text: spec } : spec;
    const markers = markersOf(s.text);
    return {
      id: `${SLUG}/c${order}`,
      sectionId: `${SLUG}/s${s.section ?? 0}`,
      text: s.text,
      kind: s.kind ?? 'assertion',
      order,
      paragraph: order,
      block: 'paragraph',
      markers,
      cites: [...new Set(markers.flatMap((m) => m.numbers))].sort((a, b) => a - b),
    };
  });
  const listedWorks = (options.listed ?? []).map((w) => (typeof w === 'number' ? work(w) : w));
  const numberOf = (w: WorkRecord) => Number(w.id.replace(/\D+/g, '')) || 0;
  const entries =
    options.entries ??
    listedWorks.map((w, i) => ({ number: numberOf(w), raw: w.raw ?? `Entry ${numberOf(w)}`, line: 100 + i }));
  const listedNumbers = new Set(entries.map((e) => e.number));
  const cited = [...new Set(claims.flatMap((c) => c.cites))];
  const unlisted = cited.filter((n) => !listedNumbers.has(n));
  return {
    article: { slug: SLUG, title: 'A document' },
    sections,
    claims,
    entries: entries.map((e, i) => ({ line: 100 + i, ...e })),
    references: [
      ...[...listedNumbers].map((number) => ({
        number,
        listed: true,
        workId: listedWorks.find((w) => numberOf(w) === number)?.id ?? `w${number}`,
      })),
      ...unlisted.map((number) => ({ number, listed: false, workId: `${SLUG}/ref${number}` })),
    ],
    works: [
      ...listedWorks,
      ...unlisted.map((n) =>
        work(n, { id: `${SLUG}/ref${n}`, title: null, year: null, raw: null, kind: 'unknown' }),
      ),
    ],
    authors: [],
    venues: [],
    concepts: [],
    mentions: [],
    about: [],
  };
}
