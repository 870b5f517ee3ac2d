import Table from 'cli-table3';
import type { GroupSummary } from './aggregate';

const pct = (x: number) => `${(x * 100).toFixed(1)}`;

/** The report as a terminal table: one row per format and group, the baseline beside each. */
export function reportTable(rows: GroupSummary[]): string {
  const table = new Table({
    head: [
      'format',
      'style',
      'articles',
      'P',
      'R',
      'F1',
      'exact %',
      'sets',
      'claims/paras',
      'refs',
      'refused',
      'base F1',
      'time s',
    ],
    style: { head: [], border: [] },
  });
  for (const r of rows) {
    const refused =
      Object.entries(r.refused)
        .map(([code, n]) => `${code} ${n}`)
        .join(', ') || '0';
    if (r.status === 'unsupported') {
      table.push([
        r.format,
        r.group,
        r.articles,
        { colSpan: 8, content: 'unsupported (no reader yet)' },
        pct(r.baselineF1),
        r.seconds.toFixed(1),
      ]);
      continue;
    }
    table.push([
      r.format,
      r.group,
      `${r.scored}/${r.articles}`,
      pct(r.precision),
      pct(r.recall),
      pct(r.f1),
      pct(r.exactSetRate),
      `${r.setsExact}/${r.scored}`,
      `${r.citingClaims}/${r.truthCitingParagraphs}`,
      `${r.referencesFound}/${r.referencesListed}`,
      refused,
      pct(r.baselineF1),
      r.seconds.toFixed(1),
    ]);
  }
  return table.toString();
}
