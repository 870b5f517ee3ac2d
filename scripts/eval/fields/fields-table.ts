import Table from 'cli-table3';
import { exactRate, FIELD_TARGET, type FieldGroup } from './field-figures';
import { FIELD_NAMES } from './field-truth';

const READER_LABEL: Record<FieldGroup['reader'], string> = { text: 'entry parser', jats: 'JATS reader' };

/** Reference fields as a terminal table: per reader, group and field, the entries that tag it and the share exact. */
export function fieldsTable(groups: FieldGroup[]): string {
  const table = new Table({
    head: ['reader', 'group', 'field', 'entries', 'exact %', `>= ${FIELD_TARGET * 100} %`],
    style: { head: [], border: [], compact: true },
  });
  for (const g of groups) {
    for (const field of FIELD_NAMES) {
      const rate = exactRate(g.fields[field]);
      table.push([
        READER_LABEL[g.reader],
        g.group,
        field,
        g.fields[field].tagged,
        rate === null ? '–' : (rate * 100).toFixed(1),
        rate === null ? '–' : rate >= FIELD_TARGET ? 'yes' : 'no',
      ]);
    }
  }
  return table.toString();
}
