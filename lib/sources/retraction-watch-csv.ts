import Papa from 'papaparse';
import { keyOf } from '@/lib/ingest/identities';
import type { RetractionRecord, UpdateNature } from '@/lib/schemas/sources';
import { normaliseDoi, normalisePmid } from './identifiers';

/*
 * The Retraction Watch data as Crossref distributes it (one CSV: Record ID, Title, Journal, ...,
 * RetractionDate, RetractionDOI, OriginalPaperDate, OriginalPaperDOI, OriginalPaperPubMedID,
 * RetractionNature, Reason, ...). Dates are written "M/D/YYYY H:MM", missing identifiers as
 * "unavailable" or 0, reasons as "+Reason;+Reason;". A file that is not that CSV is refused whole,
 * with every problem named, before anything uses it.
 */

export const REQUIRED_COLUMNS = [
  'Record ID',
  'Title',
  'OriginalPaperDate',
  'OriginalPaperDOI',
  'OriginalPaperPubMedID',
  'RetractionNature',
  'RetractionDate',
  'Reason',
] as const;

/** A reader can check what it was told: the error lists each problem, a few rows at most. */
export class RetractionCsvError extends Error {
  constructor(
    public readonly file: string,
    public readonly problems: string[],
  ) {
    super(`${file} is not usable Retraction Watch data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RetractionCsvError';
  }
}

export interface ParsedRetractions {
  records: RetractionRecord[];
  /** Data rows read. */
  rows: number;
  /** Rows left out, by why: a nature that changes nothing here, or nothing to match a work by. */
  skipped: { nature: number; unmatchable: number };
  /** Natures not known to this code, with their counts, so a new one is noticed. */
  unknownNatures: Record<string, number>;
}

const NATURE: Record<string, UpdateNature | 'ignored'> = {
  retraction: 'retraction',
  'expression of concern': 'expression_of_concern',
  correction: 'correction',
  // A retraction undone; the retraction it undoes is its own row and is kept.
  reinstatement: 'ignored',
};

/** "2/14/2019 0:00" or "2019-02-14" -> "2019-02-14"; anything else null. */
export function csvDate(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s|$)/.exec(text);
  if (us) return `${us[3]}-${(us[1] as string).padStart(2, '0')}-${(us[2] as string).padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
}

function reasons(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((r) => r.trim().replace(/^\+/, '').trim())
    .filter((r) => r !== '');
}

function looksBinary(text: string): boolean {
  return text.slice(0, 4096).includes('\u0000');
}

/** Parses the whole file; throws RetractionCsvError when it is not that CSV. */
export function parseRetractionWatchCsv(text: string, file = 'the CSV'): ParsedRetractions {
  if (text.trim() === '') throw new RetractionCsvError(file, ['the file is empty']);
  if (looksBinary(text)) throw new RetractionCsvError(file, ['the file is not text (it holds NUL bytes)']);
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new RetractionCsvError(file, [
      `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found: ${columns.slice(0, 8).join(', ') || 'none'})`,
    ]);
  }
  // Papaparse reports a ragged row as TooFewFields/TooManyFields; the published file has a trailing
  // comma on every line, so only quoting errors (an unclosed quote swallows the rest) are fatal.
  const broken = parsed.errors.filter((e) => e.type === 'Quotes');
  if (broken.length > 0) {
    throw new RetractionCsvError(
      file,
      broken.slice(0, 5).map((e) => `row ${(e.row ?? 0) + 2}: ${e.message}`),
    );
  }
  if (parsed.data.length === 0) throw new RetractionCsvError(file, ['the file has a header but no rows']);

  const records: RetractionRecord[] = [];
  const skipped = { nature: 0, unmatchable: 0 };
  const unknownNatures: Record<string, number> = {};
  const badIds: string[] = [];
  parsed.data.forEach((row, i) => {
    const recordId = row['Record ID']?.trim() ?? '';
    if (recordId === '') badIds.push(`row ${i + 2}: no Record ID`);
    const natureText = (row.RetractionNature ?? '').trim();
    const nature = NATURE[natureText.toLowerCase()];
    if (nature === undefined) {
      unknownNatures[natureText || '(empty)'] = (unknownNatures[natureText || '(empty)'] ?? 0) + 1;
      skipped.nature++;
      return;
    }
    if (nature === 'ignored') {
      skipped.nature++;
      return;
    }
    const title = row.Title?.trim() || null;
    const date = csvDate(row.OriginalPaperDate);
    const record: RetractionRecord = {
      record_id: recordId,
      title,
      title_key: title ? keyOf(title) || null : null,
      year: date ? Number(date.slice(0, 4)) : null,
      doi: normaliseDoi(row.OriginalPaperDOI),
      pmid: normalisePmid(row.OriginalPaperPubMedID),
      nature,
      date: csvDate(row.RetractionDate),
      notice_doi: normaliseDoi(row.RetractionDOI),
      reasons: reasons(row.Reason),
    };
    if (!record.doi && !record.pmid && !(record.title_key && record.year)) {
      skipped.unmatchable++;
      return;
    }
    records.push(record);
  });
  if (badIds.length > 0) throw new RetractionCsvError(file, badIds.slice(0, 5));
  return { records, rows: parsed.data.length, skipped, unknownNatures };
}
