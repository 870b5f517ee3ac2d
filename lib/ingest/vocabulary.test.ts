import { describe, expect, it } from 'vitest';
import { readSeedVocabulary } from './test-support/seed';
import { parseVocabulary, VocabularyError } from './vocabulary';

function problemsOf(json: unknown): string[] {
  try {
    parseVocabulary(json);
  } catch (error) {
    expect(error).toBeInstanceOf(VocabularyError);
    return (error as VocabularyError).problems;
  }
  throw new Error('expected a VocabularyError');
}

const concept = (id: string, extra: object = {}) => ({
  id,
  label: id,
  aliases: [],
  description: 'd',
  ...extra,
});

describe('parseVocabulary', () => {
  it('accepts the seed vocabulary with at least 15 concepts', () => {
    const vocabulary = parseVocabulary(readSeedVocabulary());
    expect(vocabulary.concepts.length).toBeGreaterThanOrEqual(15);
    expect(vocabulary.concepts.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'restrictive-emotionality',
        'masculine-gender-norms',
        'boy-code',
        'alexithymia',
        'emotional-responsiveness',
        'narcissistic-personality-disorder',
        'silent-treatment',
        'secure-attachment',
        'self-compassion',
        'couples-counselling',
      ]),
    );
  });

  it('accepts JSON text and defaults missing aliases', () => {
    expect(
      parseVocabulary('{"concepts":[{"id":"a","label":"A","description":"d"}]}').concepts[0]?.aliases,
    ).toEqual([]);
  });

  it('lists every problem with its path', () => {
    expect(problemsOf('{')[0]).toMatch(/^not valid JSON/);
    expect(problemsOf({})).toEqual(['concepts: Invalid input: expected array, received undefined']);
    const problems = problemsOf({
      concepts: [concept('Bad Id'), concept('a', { label: '' }), concept('a', { broader: 'missing' })],
    });
    expect(problems).toEqual([
      'concepts[0].id: must be kebab-case: lower-case letters and digits joined by "-"',
      'concepts[1].label: must not be empty',
      'concepts[2].id: duplicate id "a"',
      'concepts[2].broader: names "missing", which is not a concept of this vocabulary',
    ]);
    expect(problemsOf({ concepts: [concept('a'), concept('a', { broader: 'missing' })] })).toEqual([
      'concepts[1].id: duplicate id "a"',
      'concepts[1].broader: names "missing", which is not a concept of this vocabulary',
    ]);
  });

  it('rejects a cycle of broader concepts', () => {
    const problems = problemsOf({
      concepts: [concept('a', { broader: 'b' }), concept('b', { broader: 'a' })],
    });
    expect(problems).toEqual(['concepts: "broader" links form a cycle through "a"']);
  });
});
