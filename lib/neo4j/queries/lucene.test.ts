import { describe, expect, it } from 'vitest';
import { escapeLucene, toLuceneQuery } from './lucene';

describe('escapeLucene', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
  });
  it('leaves plain words alone', () => {
    expect(escapeLucene('alexithymia')).toBe('alexithymia');
  });
});

describe('toLuceneQuery', () => {
  it('requires every word and lets the last one match as a prefix', () => {
    expect(toLuceneQuery('silent treat')).toBe('+silent +(treat OR treat*)');
  });
  it('escapes markers and punctuation', () => {
    expect(toLuceneQuery('[16]')).toBe('+\\[16\\]');
    expect(toLuceneQuery('O’Neil (2008)')).toBe('+O’Neil +\\(2008\\)');
  });
  it('turns operators into words', () => {
    expect(toLuceneQuery('men AND')).toBe('+men +(and OR and*)');
  });
  it('gives nothing for blank input', () => {
    expect(toLuceneQuery('   ')).toBeNull();
  });
});
