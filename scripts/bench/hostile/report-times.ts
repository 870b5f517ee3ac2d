import { readFileSync } from 'node:fs';
import { auditArticle } from '@/lib/audit/audit-article';
import { parseArticle } from '@/lib/ingest/parse-article';
import { formatReport } from '../../audit/format-report';
import { median, now } from '../stats';

export interface ReportTime {
  bytes: number;
  claims: number;
  textMs: number;
  jsonMs: number;
}

/**
 * The audit CLI's two outputs for one article of about `bytes`: the seed's body repeated, its
 * reference list once. The text report was quadratic in rows and in a long cell; it should now
 * cost about what JSON does.
 */
export function reportTimes(bytes: number, runs: number): ReportTime {
  const seed = readFileSync('graph/corpus/emotionally-unavailable-men.txt', 'utf8');
  const listAt = seed.lastIndexOf('\n[1] ');
  const body = seed.slice(0, listAt);
  const text = `${body.repeat(Math.max(1, Math.floor(bytes / body.length)))}\n${seed.slice(listAt)}`;
  const report = auditArticle(parseArticle(text, { slug: 'report-bench' }));
  const time = (f: () => string) => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = now();
      f();
      times.push(now() - t0);
    }
    return median(times);
  };
  return {
    bytes: Buffer.byteLength(text),
    claims: report.claims.length,
    textMs: time(() => formatReport(report)),
    jsonMs: time(() => JSON.stringify(report)),
  };
}
