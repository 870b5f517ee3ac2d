import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as PREVIEW } from '@/app/api/articles/preview/route';
import { POST } from '@/app/api/articles/route';
import { GET as AUDIT } from '@/app/api/audit/[slug]/route';
import { closeDriver } from '@/lib/neo4j/driver';
import { graphCounts } from '@/lib/neo4j/graph-counts';
import { articlePreviewSchema } from '@/lib/schemas/articles';
import { resetTestDatabase } from './support/test-database';
import { bearer, json, ORIGIN, slugContext } from './support/write-requests';

const markdown = `# Naps and learning

Naps help people learn [1]. A short nap restores alertness in most adults.

## References

1. Mednick, S. C. (2003). Sleep-dependent learning: a nap is as good as a night. Nature Neuroscience, 6(7), 697-698.
`;

const request = (path: string, body: unknown, headers: Record<string, string>) =>
  new Request(`${ORIGIN}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
const preview = (body: unknown, headers = { ...bearer(), ...json }) =>
  PREVIEW(request('/api/articles/preview', body, headers));
const file = (name: string, content: string | Uint8Array) => ({
  name,
  base64: Buffer.from(content).toString('base64'),
});

describe('POST /api/articles/preview against a real Neo4j', () => {
  beforeAll(async () => {
    await resetTestDatabase();
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('audits the article as a load would, and writes nothing', async () => {
    const before = await graphCounts();
    const response = await preview({ slug: 'naps', file: file('naps.md', markdown) });
    expect(response.status).toBe(200);
    const body = articlePreviewSchema.parse(await response.json());
    expect(await graphCounts()).toEqual(before);
    expect(body).toMatchObject({
      slug: 'naps',
      title: 'Naps and learning',
      format: 'markdown',
      replaces: false,
    });
    // One sentence backed by [1], one assertion with no citation.
    expect(body.report.summary).toMatchObject({ claims: 2, backed: 1, uncited: 1, coverage: 0.5 });
    expect(body.report.findings.uncited.map((f) => f.text)).toEqual([
      'A short nap restores alertness in most adults.',
    ]);

    // Saved, the audit of the stored article says the same.
    const saved = await POST(
      request('/api/articles', { slug: 'naps', file: file('naps.md', markdown) }, { ...bearer(), ...json }),
    );
    expect(saved.status).toBe(201);
    const audit = await AUDIT(new Request(`${ORIGIN}/api/audit/naps`), slugContext('naps'));
    expect((await audit.json()).summary).toEqual(body.report.summary);
    const again = articlePreviewSchema.parse(await (await preview({ slug: 'naps', text: markdown })).json());
    expect(again.replaces).toBe(true);
  });

  it('refuses a PDF with the formats it reads (415), and writes nothing', async () => {
    const before = await graphCounts();
    const response = await preview({ slug: 'paper', file: file('paper.pdf', '%PDF-1.7\n%binary\n') });
    expect(response.status).toBe(415);
    const body = await response.json();
    expect(body.issues[0].message).toMatch(/Markdown \(\.md\)/);
    expect(await graphCounts()).toEqual(before);
  });

  it('needs the write token like a load', async () => {
    expect((await preview({ slug: 'naps', text: markdown }, json)).status).toBe(401);
  });
});
