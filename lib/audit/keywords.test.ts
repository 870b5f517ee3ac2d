import { describe, expect, it } from 'vitest';
import { keywords, sharedKeywords, stemsMatch } from './keywords';

describe('keywords', () => {
  it('drops stop-words, short words, numbers and markers', () => {
    expect([...keywords('The men of 2014 are in therapy.[12]')]).toEqual(['men', 'therapy']);
  });
  it('stems with the stemmer concepts use, British and American spellings alike', () => {
    expect([...keywords('studies norms relationships stress listening')]).toEqual([
      'study',
      'norm',
      'relationship',
      'stress',
      'listen',
    ]);
    expect(sharedKeywords('Parental behaviour shapes sleep.', 'Parental behavior and sleep')).toEqual([
      'behavior',
      'parental',
      'sleep',
    ]);
    expect(sharedKeywords('Counselling helps.', 'Effects of counseling')).toEqual(['counsel']);
  });
  it('matches a compound spelt closed in one text and open in the other', () => {
    expect(sharedKeywords('Most houseplants die from too much water.', 'The house plant expert')).toEqual([
      'houseplant',
    ]);
    expect(sharedKeywords('Health care costs rose.', 'Healthcare spending in Europe')).toEqual([
      'health',
      'healthcar',
    ]);
    expect(sharedKeywords('Water the plants weekly.', 'The house plant expert')).toEqual(['plant']);
  });
  it('matches a stem with a longer word it begins', () => {
    expect(stemsMatch('emotion', 'emotional')).toBe(true);
    expect(stemsMatch('masculin', 'masculine')).toBe(true);
    expect(stemsMatch('men', 'mental')).toBe(false);
  });
  it('finds the keywords a claim shares with a title, curly apostrophes included', () => {
    expect(
      sharedKeywords(
        'Traditional masculine gender norms are linked to emotional suppression.',
        'A review of research on masculinity ideologies using the Male Role Norms Inventory',
      ),
    ).toEqual(['masculin', 'norm']);
    expect(sharedKeywords('Boys’ voices matter.', 'Hearing boys’ voices')).toEqual(['boy', 'voic']);
  });
});
