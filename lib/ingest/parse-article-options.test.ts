import { describe, expect, it } from 'vitest';
import { ArticleParseError } from './errors';
import { parseArticle, parseArticleBytes } from './parse-article';
import { parseSeed, readSeed, SEED_SLUG } from './test-support/seed';

function errorOf(text: string, slug = 'a'): ArticleParseError {
  try {
    parseArticle(text, { slug });
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleParseError);
    return error as ArticleParseError;
  }
  throw new Error('expected an ArticleParseError');
}

describe('parseArticle: titles, vocabulary and errors', () => {
  it('takes the title from options, else a Markdown "# " first line, else the slug', () => {
    expect(parseArticle(readSeed(), { slug: SEED_SLUG, title: 'Why He Pulls Away' }).article.title).toBe(
      'Why He Pulls Away',
    );
    const md = parseArticle(
      '# Sleep and Mood\n\nSleep helps.[1]\n\n## References\n\n1. A, B. (2001). T. P.',
      {
        slug: 'sleep',
      },
    );
    expect(md.article.title).toBe('Sleep and Mood');
    expect(md.sections.map((s) => s.title)).toEqual(['Introduction']);
  });

  it('loads an article without a vocabulary, with no concepts', () => {
    const doc = parseArticle(readSeed(), { slug: SEED_SLUG });
    expect(doc.concepts).toEqual([]);
    expect(doc.mentions).toEqual([]);
    expect(doc.about).toEqual([]);
    expect(doc.claims).toHaveLength(parseSeed().claims.length);
  });

  it('gives a second article citing the same works the same Work, Author and Venue ids', () => {
    const seed = parseSeed();
    const other = parseArticle(
      [
        'Men are taught to hide feelings.[1] Couples fare better with support [2].',
        '',
        'Sources',
        '',
        // The seed's [3] and [8], typed again with other case, "and" for "&", hyphens and straight quotes.
        '1. Levant, R. F., Hall, R. J., Williams, C. M., and Hasan, N. T. (2009). Gender Differences in Alexithymia. Psychology of Men and Masculinity, 10(3), 190-203.',
        '2. Gottman, J. (1994). Why Marriages Succeed or Fail: And How You Can Make Yours Last. New York: Simon and Schuster.',
      ].join('\n'),
      { slug: 'other-article' },
    );
    const seedWork = (n: number) => seed.references.find((r) => r.number === n)?.workId;
    expect(other.references.map((r) => r.workId)).toEqual([seedWork(3), seedWork(8)]);
    expect(other.works[0]?.venueId).toBe('venue:psychology-of-men-masculinity');
    expect(other.works[1]?.authorIds).toEqual(['author:gottman-j']);
  });

  it('refuses markers without a reference list, naming the numbers', () => {
    const error = errorOf('Eating late causes weight gain.[1] Breakfast matters.[2-3]');
    expect(error.code).toBe('no_reference_list');
    expect(error.problems[0]).toContain('[1], [2], [3]');
    const prose = errorOf('Sleep helps.[1]\n\nReferences\n\nSee the notes of the first chapter for these.');
    expect(prose.problems[1]).toBe('Line 3 ("References") has no numbered entries under it.');
  });

  it('reads an unnumbered list under a heading by position (docs/decisions/024-author-date.md)', () => {
    const doc = parseArticle('Sleep helps.[1]\n\nReferences\n\nChang, A. M. (2015). Title. PNAS.', {
      slug: 'sleep',
    });
    expect(doc.entries.map((e) => [e.number, e.raw])).toEqual([[1, 'Chang, A. M. (2015). Title. PNAS.']]);
    expect(doc.claims[0]?.cites).toEqual([1]);
  });

  it('refuses a reference list without markers', () => {
    const error = errorOf(
      'Reading helps sleep.\n\nReferences\n\n[1] Chang, A. M. (2015). Title. PNAS, 112, 1-2.',
    );
    expect(error.code).toBe('no_markers');
    expect(error.problems[0]).toContain('under "References" has 1 entry');
  });

  it('refuses empty text and a slug that cannot make ids', () => {
    expect(errorOf('  \n ').code).toBe('empty');
    expect(errorOf('Text.', 'Bad Slug/1').code).toBe('invalid_options');
  });

  it('accepts plain text that cites nothing and lists nothing', () => {
    const doc = parseArticle('Just an opinion. Nothing cited here.', { slug: 'opinion' });
    expect(doc.claims.map((c) => c.kind)).toEqual(['assertion', 'assertion']);
    expect(doc.references).toEqual([]);
  });

  it('handles Windows line endings with the same lines', () => {
    const doc = parseArticle(readSeed().replace(/\n/g, '\r\n'), { slug: SEED_SLUG });
    expect(doc.entries.map((e) => e.line)).toEqual(parseSeed().entries.map((e) => e.line));
    expect(doc.claims.map((c) => c.text)).toEqual(parseSeed().claims.map((c) => c.text));
  });
});

describe('parseArticleBytes: the format the article was read from', () => {
  const bytes = new TextEncoder().encode(
    'A claim backed by a study [1].\n\n## References\n\n[1] Doe, J. (2020). A study. Journal, 1, 1-2.\n',
  );
  it('is named by the file name ending: .md is Markdown, .txt is text', async () => {
    expect((await parseArticleBytes(bytes, { slug: 'a', name: 'draft.md' })).article.format).toBe('markdown');
    expect((await parseArticleBytes(bytes, { slug: 'a', name: 'draft.txt' })).article.format).toBe('text');
  });
});
