import 'server-only';
import { readTx } from './run-read';

/**
 * The citation audit's summary for every article of the corpus, in one Cypher query. Running the
 * full rules (lib/audit) per article means reading each article back first: a round trip and a
 * document per article, seconds for a thousand. This computes the same claim statuses as
 * lib/audit/claim-status.ts inside the database: a claim needs evidence when it is an assertion or
 * cites something; a number counts as listed when the article's reference list has an entry for it
 * (Article.entryNumbers).
 */
export interface ArticleAuditSummary {
  slug: string;
  claims: number; // claims that need evidence
  backed: number;
  partly_unlisted: number;
  unlisted_only: number;
  uncited: number;
  not_a_claim: number;
  cited_not_listed: number;
  listed_not_cited: number;
}

const CORPUS_AUDIT = `
MATCH (a:Article)
CALL (a) {
  UNWIND coalesce(a.entryNumbers, []) AS n
  RETURN collect(DISTINCT n) AS listed
}
CALL (a, listed) {
  MATCH (a)-[:HAS_SECTION]->(:Section)-[:HAS_CLAIM]->(c:Claim)
  WITH c, COLLECT { MATCH (c)-[ct:CITES]->() RETURN DISTINCT ct.number } AS numbers
  WITH numbers, size(numbers) AS cites, size([n IN numbers WHERE n IN listed]) AS listedCites,
    c.kind = 'assertion' OR size(numbers) > 0 AS needs
  RETURN
    sum(CASE WHEN needs THEN 1 ELSE 0 END) AS claims,
    sum(CASE WHEN cites > 0 AND listedCites = cites THEN 1 ELSE 0 END) AS backed,
    sum(CASE WHEN listedCites > 0 AND listedCites < cites THEN 1 ELSE 0 END) AS partly_unlisted,
    sum(CASE WHEN cites > 0 AND listedCites = 0 THEN 1 ELSE 0 END) AS unlisted_only,
    sum(CASE WHEN needs AND cites = 0 THEN 1 ELSE 0 END) AS uncited,
    sum(CASE WHEN needs THEN 0 ELSE 1 END) AS not_a_claim,
    reduce(acc = [], ns IN collect(numbers) | acc + ns) AS cited
}
RETURN a.slug AS slug, claims, backed, partly_unlisted, unlisted_only, uncited, not_a_claim,
  COUNT { (a)-[:REFERENCES {listed: false}]->() } AS cited_not_listed,
  size([n IN listed WHERE NOT n IN cited]) AS listed_not_cited
ORDER BY slug`;

/** Audit summaries of all articles, ordered by slug. */
export async function corpusAudit(): Promise<ArticleAuditSummary[]> {
  return readTx((tx) => tx.rows<ArticleAuditSummary>(CORPUS_AUDIT));
}
