import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';
import { humaniseSlug } from './title';

const BODY = 'Men withdraw.[1]\n\nReferences\n\n[1] Smith, J. (2001). A title. Journal, 1, 1-2.\n';

describe('the article title', () => {
  it('humanises the slug', () => {
    expect(humaniseSlug('emotionally-unavailable-men')).toBe('Emotionally unavailable men');
  });

  it('prefers the explicit title, then a first-line "# " heading, then the slug', () => {
    const headed = `# Doc\n\n${BODY}`;
    expect(parseArticle(headed, { slug: 'a-b', title: 'Given' }).article.title).toBe('Given');
    const fromHeading = parseArticle(headed, { slug: 'a-b' });
    expect(fromHeading.article.title).toBe('Doc');
    expect(fromHeading.sections.map((s) => s.title)).toEqual(['Introduction']);
    const second = parseArticle(`## Section\n\n${BODY}`, { slug: 'a-b' });
    expect(second.article.title).toBe('A b');
    expect(second.sections.map((s) => s.title)).toEqual(['Section']);
  });
});
