import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('does not break at abbreviations, initials or decimals', () => {
    expect(
      splitSentences(
        'Drs. John and Julie Gottman agree. Dr. Smith, e.g. in 2009, found effects of 3.5 points, i.e. large ones. Levant et al. disagree with R. F. Levant vs. the rest. It ends.',
      ),
    ).toEqual([
      'Drs. John and Julie Gottman agree.',
      'Dr. Smith, e.g. in 2009, found effects of 3.5 points, i.e. large ones.',
      'Levant et al. disagree with R. F. Levant vs. the rest.',
      'It ends.',
    ]);
  });

  it('attaches markers before or after the full stop to the sentence they follow', () => {
    expect(splitSentences('One is true.[1] [2] Two is too. [3] Three[4]. Four. [5]')).toEqual([
      'One is true.[1] [2]',
      'Two is too. [3]',
      'Three[4].',
      'Four. [5]',
    ]);
  });

  it('keeps curly quotes with their sentence and questions apart', () => {
    expect(splitSentences('He called it “nonsense.” Was he right? Maybe! “Yes,” she said.')).toEqual([
      'He called it “nonsense.”',
      'Was he right?',
      'Maybe!',
      '“Yes,” she said.',
    ]);
  });

  it('splits before a name from code that opens a sentence of documentation', () => {
    expect(
      splitSentences(
        'It reads the text format. read.epiinfo will read these .REC files. missing_residues maps to a list, e.g. the first, approx. ten.',
      ),
    ).toEqual([
      'It reads the text format.',
      'read.epiinfo will read these .REC files.',
      'missing_residues maps to a list, e.g. the first, approx. ten.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(splitSentences('The U.S. army and the e.g. case. vs. more')).toEqual([
      'The U.S. army and the e.g. case. vs. more',
    ]);
  });
});
