// Pure (no I/O): the work page's exports, unit-tested without a database.
// @ts-expect-error: citation-js ships no type declarations.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { toCsl, type WorkFields } from '@/lib/neo4j/queries/apa';
import type { ExportFormat } from './export-formats';

/**
 * A work in each export format, all from the one CSL-JSON item the APA references are built from
 * (toCsl), so an export never disagrees with the reference shown. A work with no title (a number
 * cited but not listed) has nothing to export.
 */
export function exportWork(w: WorkFields): Record<ExportFormat, string> | null {
  if (!w.title) return null;
  const csl = toCsl(w);
  const cite = new Cite([csl]);
  return {
    apa: (cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string).trim(),
    bibtex: (cite.format('bibtex', { format: 'text' }) as string).trim(),
    ris: (cite.format('ris', { format: 'text' }) as string).trim(),
    'csl-json': JSON.stringify([csl], null, 2),
  };
}
