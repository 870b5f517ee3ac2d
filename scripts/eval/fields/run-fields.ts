import type { JatsSource } from '../corpus';
import { type EntryOutcomes, jatsEntryOutcomes, textEntryOutcomes } from './evaluate-fields';
import { type FieldGroup, fieldGroup } from './field-figures';
import { FIELD_NAMES } from './field-truth';

/** The corpus's two groups, by citation style: PLOS lists are numeric, eLife's author–date. */
const GROUPS = [
  { style: 'numeric', label: 'PLOS (numeric)' },
  { style: 'author-date', label: 'eLife (author-date)' },
] as const;

export interface FieldsRun {
  groups: FieldGroup[];
  /** Up to `failures` wrong entries per reader, group and field, one line each. */
  failureLines: string[];
}

function failureLines(label: string, entries: EntryOutcomes[], limit: number): string[] {
  if (limit <= 0) return [];
  return FIELD_NAMES.flatMap((field) => {
    const wrong = entries.flatMap((e) =>
      e.outcomes
        .filter((o) => o.field === field && !o.exact)
        .map(
          (o) =>
            `    ${e.article} [${e.number}] want «${o.expected}» got «${o.got}»\n      ${e.printed.slice(0, 220)}`,
        ),
    );
    return wrong.length === 0
      ? []
      : [`  ${label} ${field} (${wrong.length} wrong):`, ...wrong.slice(0, limit)];
  });
}

/** Every entry of the corpus through the entry parser (as printed) and through the JATS reader. */
export async function runFields(sources: JatsSource[], failures = 0): Promise<FieldsRun> {
  const groups: FieldGroup[] = [];
  const lines: string[] = [];
  for (const reader of ['text', 'jats'] as const) {
    for (const { style, label } of GROUPS) {
      const chosen = sources.filter((s) => s.article.style === style);
      if (chosen.length === 0) continue;
      const entries: EntryOutcomes[] = [];
      for (const s of chosen) {
        entries.push(
          ...(reader === 'text' ? textEntryOutcomes(s.article) : await jatsEntryOutcomes(s.article, s.xml)),
        );
      }
      groups.push(fieldGroup(reader, label, entries));
      lines.push(
        ...failureLines(
          `${reader === 'text' ? 'entry parser' : 'JATS reader'}, ${label},`,
          entries,
          failures,
        ),
      );
    }
  }
  return { groups, failureLines: lines };
}
