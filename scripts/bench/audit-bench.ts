import { auditArticle } from '@/lib/audit/audit-article';
import { loadArticleDocument } from '@/lib/neo4j/article-document';
import { now } from './stats';

/**
 * The whole-corpus audit the straightforward way: read every article back as a document and run
 * the full rules (lib/audit) on it, `concurrency` articles at a time. Returns the wall time and
 * how much of it was reading versus the rules themselves.
 */
export async function auditEveryArticle(slugs: readonly string[], concurrency = 4) {
  let readMs = 0;
  let rulesMs = 0;
  let findings = 0;
  const queue = [...slugs];
  const t0 = now();
  const worker = async () => {
    for (let slug = queue.shift(); slug !== undefined; slug = queue.shift()) {
      const r = now();
      const doc = await loadArticleDocument(slug);
      readMs += now() - r;
      if (!doc) throw new Error(`article ${slug} vanished during the audit benchmark`);
      const a = now();
      const report = auditArticle(doc);
      rulesMs += now() - a;
      findings += Object.values(report.summary.findings).reduce((s, n) => s + n, 0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { articles: slugs.length, wallMs: now() - t0, readMs, rulesMs, findings, concurrency };
}
