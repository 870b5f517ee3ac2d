import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/audit/[slug]/route';
import { closeDriver } from '@/lib/neo4j/driver';
import { auditReportSchema } from '@/lib/schemas/audit-report';
import { apiErrorBodySchema } from '@/lib/schemas/details';
import { resetTestDatabase, runCli } from './support/test-database';

/*
 * The audit API reads the article back from Neo4j; the CLI parses the file. Both run the same rules,
 * so once the seed is loaded their reports must be equal, key for key.
 */

const SEED = 'graph/corpus/emotionally-unavailable-men.txt';
const SLUG = 'emotionally-unavailable-men';

function get(slug: string, query = '') {
  return GET(new Request(`http://localhost/api/audit/${slug}${query}`), {
    params: Promise.resolve({ slug }),
  });
}

describe('GET /api/audit/[slug] against a real Neo4j', () => {
  beforeAll(async () => {
    await resetTestDatabase();
    const seeded = await runCli('scripts/seed.ts');
    expect(seeded.code).toBe(0);
  });
  afterAll(async () => {
    await closeDriver();
  });

  it("equals the CLI's JSON report for the same file", async () => {
    const cli = await runCli('scripts/audit.ts', [SEED, '--json']);
    expect(cli.code).toBe(0);
    const fromFile = auditReportSchema.parse(JSON.parse(cli.stdout));

    const response = await get(SLUG);
    expect(response.status).toBe(200);
    const fromGraph = auditReportSchema.parse(await response.json());

    expect(fromGraph).toEqual(fromFile);
    expect(fromGraph.cited_not_listed).toEqual([16, 17]);
    expect(fromGraph.listed_not_cited).toEqual([]);
  });

  it('exports one CSV row per sentence', async () => {
    const response = await get(SLUG, '?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split('\n');
    const json = auditReportSchema.parse(await (await get(SLUG)).json());
    expect(lines[0]).toBe('claim_id,section,order,kind,status,risk,risk_reasons,cites,unlisted,callout_findings,text');
    expect(lines).toHaveLength(json.claims.length + 1);
    expect(lines.filter((l) => l.includes(',unlisted_only,'))).toHaveLength(2);
  });

  it('answers 404 for an unknown article and 400 with the problems for a bad slug or format', async () => {
    const missing = await get('no-such-article');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'No article has the slug "no-such-article".' });

    const bad = await get('Not A Slug!');
    expect(bad.status).toBe(400);
    const body = apiErrorBodySchema.parse(await bad.json());
    expect(body.error).toBe('Invalid parameters');
    expect(body.issues?.[0]?.path).toBe('slug');

    const badFormat = await get(SLUG, '?format=xml');
    expect(badFormat.status).toBe(400);
    expect(apiErrorBodySchema.parse(await badFormat.json()).issues?.map((i) => i.path)).toEqual(['format']);
  });
});
