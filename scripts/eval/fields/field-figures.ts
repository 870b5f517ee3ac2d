import type { EntryOutcomes } from './evaluate-fields';
import { FIELD_NAMES, type FieldName } from './field-truth';

/** The target: each field exact in at least 95 % of the entries that tag it. */
export const FIELD_TARGET = 0.95;

export interface FieldCount {
  /** Entries whose tags state the field. */
  tagged: number;
  exact: number;
}

/** One reader on one group of articles: per field, how many entries tag it and how many it read exactly. */
export interface FieldGroup {
  reader: 'text' | 'jats';
  group: string;
  entries: number;
  fields: Record<FieldName, FieldCount>;
}

export function fieldGroup(
  reader: FieldGroup['reader'],
  group: string,
  entries: EntryOutcomes[],
): FieldGroup {
  const fields = Object.fromEntries(FIELD_NAMES.map((f) => [f, { tagged: 0, exact: 0 }])) as Record<
    FieldName,
    FieldCount
  >;
  for (const entry of entries) {
    for (const o of entry.outcomes) {
      fields[o.field].tagged += 1;
      if (o.exact) fields[o.field].exact += 1;
    }
  }
  return { reader, group, entries: entries.length, fields };
}

/** The share exact, or null for a field no entry tags (nothing to score, never 0 or 100). */
export const exactRate = (c: FieldCount): number | null => (c.tagged === 0 ? null : c.exact / c.tagged);
