import type { DraftComparison } from '@/lib/schemas/draft-comparison';
import { percent } from './format-report';
import { textTable as table } from './text-table';

const list = (ns: number[]) => (ns.length === 0 ? '-' : ns.map((n) => `[${n}]`).join(' '));
const at = (line: number | undefined) => (line === undefined ? '-' : String(line));

/** `--against` as text: the figures first, then a table per kind of change that occurred. */
export function formatComparison(d: DraftComparison): string {
  const { before, after } = d.coverage;
  const c = d.claims;
  const out = [
    `Draft comparison: ${d.new.title} against ${d.old.title}`,
    '',
    `Coverage ${percent(before.coverage)} -> ${percent(after.coverage)} (${before.backed} of ${before.claims} -> ${after.backed} of ${after.claims} claims backed)`,
    `Sentences: ${c.added.length} added, ${c.removed.length} removed, ${c.reworded.length} reworded, ${c.unchanged} unchanged; citations changed in ${c.citations_changed.length}`,
    `References: ${d.references.added.length} added, ${d.references.removed.length} removed`,
  ];
  const section = (title: string, body: string) => out.push('', title, body);
  if (c.added.length > 0) {
    section(
      'Added',
      table(
        ['line', 'sentence'],
        [6, 90],
        c.added.map((s) => [at(s.line), s.text]),
      ),
    );
  }
  if (c.removed.length > 0) {
    section(
      'Removed (lines of the old draft)',
      table(
        ['line', 'sentence'],
        [6, 90],
        c.removed.map((s) => [at(s.line), s.text]),
      ),
    );
  }
  if (c.reworded.length > 0) {
    section(
      'Reworded',
      table(
        ['line', 'before', 'after', 'alike'],
        [6, 41, 41, 7],
        c.reworded.map((r) => [
          at(r.new.line),
          r.old.text,
          r.new.text,
          percent(r.similarity).replace('.0%', '%'),
        ]),
      ),
    );
  }
  if (c.citations_changed.length > 0) {
    section(
      'Citations changed (numbers as each draft has them)',
      table(
        ['line', 'sentence', 'gained', 'lost'],
        [6, 66, 12, 12],
        c.citations_changed.map((x) => [at(x.new.line), x.new.text, list(x.gained), list(x.lost)]),
      ),
    );
  }
  for (const [title, refs] of [
    ['References added', d.references.added],
    ['References removed', d.references.removed],
  ] as const) {
    if (refs.length === 0) continue;
    section(
      title,
      table(
        ['entry'],
        [96],
        refs.map((r) => [r.raw ?? `[${r.number}]`]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
