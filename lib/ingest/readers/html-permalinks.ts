/**
 * The permalink a documentation generator puts in a heading or a term: Sphinx's `<a
 * class="headerlink" href="#references">¶</a>` (newer themes write "#"), a link to the heading
 * itself whose whole text is one glyph. It is no part of the heading's name: without this the
 * sections read "References¶" and "Options Database Keys#".
 */
const GLYPHS = new Set(['¶', '#', '§', '🔗']);
const HOLDERS = 'h1, h2, h3, h4, h5, h6, dt, caption';

export function dropPermalinks(root: Element): void {
  for (const holder of root.querySelectorAll(HOLDERS)) {
    for (const link of [...holder.querySelectorAll('a')]) {
      const inPage = (link.getAttribute('href') ?? '').startsWith('#');
      if (inPage && GLYPHS.has((link.textContent ?? '').trim())) link.remove();
    }
  }
}
