import { describe, expect, it } from 'vitest';
import { slugFromFileName } from '@/lib/corpus/slug';
import { keyOf } from '@/lib/ingest/identities';
import { slugSchema } from '@/lib/schemas/api-params';
import { ingestRequestSchema } from '@/lib/schemas/articles';
import { SLUG_PATTERN, slugify } from './slug';

describe('the one slug rule', () => {
  it.each([
    ['Men’s Studies!', 'mens-studies'],
    ['A  B__C', 'a-b-c'],
    ['snake_case_name', 'snake-case-name'],
    ['Café Études', 'cafe-etudes'],
    ['--Trailing--', 'trailing'],
    ['v2.1 release', 'v2-1-release'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it('is the rule of file-name slugs and of keys inside ids', () => {
    expect(slugFromFileName('Men’s Health_2020.txt')).toBe(slugify('Men’s Health_2020'));
    expect(keyOf('Men’s Health_2020')).toBe(slugify('Men’s Health_2020'));
  });

  it('refuses "_", ".", double and edge hyphens everywhere a slug is checked', () => {
    for (const bad of ['my_article', 'my.article', 'my--article', '-my-article', 'my-article-', 'My-Article']) {
      expect(SLUG_PATTERN.test(bad), bad).toBe(false);
      expect(slugSchema.safeParse(bad).success, bad).toBe(false);
      expect(ingestRequestSchema.safeParse({ slug: bad, text: 'x' }).success, bad).toBe(false);
    }
    expect(slugSchema.safeParse('my-article-2').success).toBe(true);
  });
});
