import { describe, expect, it } from 'vitest';
import { keywords, sharedKeywords, stem, stemsMatch } from './keywords';

describe('keywords', () => {
  it('drops stop-words, short words, numbers and markers', () => {
    expect([...keywords('The men of 2014 are in therapy.[12]')]).toEqual(['men', 'therapy']);
  });
  it('stems lightly', () => {
    expect(stem('studies')).toBe('study');
    expect(stem('norms')).toBe('norm');
    expect(stem('relationships')).toBe('relationship');
    expect(stem('masculinity')).toBe('masculin');
    expect(stem('stress')).toBe('stress');
    expect(stem('listening')).toBe('listen');
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
    ).toEqual(['masculine', 'norm']);
    expect(sharedKeywords('Boys’ voices matter.', 'Hearing boys’ voices')).toEqual(['boy', 'voic']);
  });
});
