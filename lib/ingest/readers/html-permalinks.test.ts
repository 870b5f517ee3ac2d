import { describe, expect, it } from 'vitest';
import { readHtml } from './html';

const page = `<!DOCTYPE html><html><head><title>T</title></head><body><main>
<h1>PCHPDDM<a class="headerlink" href="#pchpddm" title="Link to this heading">#</a></h1>
<p>Built on the GenEO framework [1].</p>
<h2>Options Database Keys<a class="headerlink" href="#options">¶</a></h2>
<p>The default is <a href="#note">#</a> one level.</p>
<h2>References<a class="headerlink" href="#references">¶</a></h2>
<ol><li>Spillane, N. (2011). A robust two-level preconditioner. Comptes Rendus, 352, 1-5.</li></ol>
</main></body></html>`;

describe("readHtml: a heading's permalink", () => {
  const doc = readHtml(page);

  it('leaves the glyph of a link to the heading itself out of the title and the headings', () => {
    expect(doc.title).toBe('PCHPDDM');
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Options Database Keys',
    ]);
    expect(doc.referencesHeading).toBe('References');
  });

  it('keeps such a link in running text', () => {
    expect(doc.blocks.map((b) => b.text)).toContain('The default is # one level.');
  });
});
