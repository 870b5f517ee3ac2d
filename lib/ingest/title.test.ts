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
  it('takes a plain first line that reads as a heading as the title, unless it names a section', () => {
    const plain = parseArticle(`Sleep and memory\n\n${BODY}`, { slug: 'a-b' });
    expect(plain.article.title).toBe('Sleep and memory');
    expect(plain.sections.map((s) => s.title)).toEqual(['Introduction']);
    const section = parseArticle(`Background\n\n${BODY}`, { slug: 'a-b' });
    expect(section.article.title).toBe('A b');
    expect(section.sections.map((s) => s.title)).toEqual(['Background']);
    const sentence = parseArticle(`Sleep helps memory.\n\n${BODY}`, { slug: 'a-b' });
    expect(sentence.article.title).toBe('A b');
  });
});
