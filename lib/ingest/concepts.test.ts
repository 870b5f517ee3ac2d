import { describe, expect, it } from 'vitest';
import { conceptMatcher } from './concepts';

const vocabulary = {
  concepts: [
    {
      id: 'couples-counselling',
      label: 'Couples counselling',
      aliases: ['couples therapy'],
      description: 'd',
      broader: 'therapy',
    },
    { id: 'therapy', label: 'Therapy', aliases: ['therapist'], description: 'd' },
    { id: 'stonewalling', label: 'Stonewalling', aliases: [], description: 'd' },
    { id: 'restrictive-emotionality', label: 'Restrictive emotionality', aliases: [], description: 'd' },
    { id: 'men', label: 'Men', aliases: [], description: 'd' },
  ],
};

describe('conceptMatcher', () => {
  const matcher = conceptMatcher(vocabulary);

  it('turns vocabulary entries into prefixed concept records', () => {
    expect(matcher.concepts[0]).toEqual({
      id: 'concept:couples-counselling',
      label: 'Couples counselling',
      aliases: ['couples therapy'],
      description: 'd',
      broader: 'concept:therapy',
    });
    expect(matcher.concepts[1]?.broader).toBeNull();
  });

  it('matches case- and inflection-tolerantly, multi-word, British or American', () => {
    expect(matcher.match('Suggest couple’s counseling.')).toEqual(['concept:couples-counselling']);
    expect(matcher.match('He may STONEWALL you; he stonewalled her.')).toEqual(['concept:stonewalling']);
    expect(matcher.match('emotionality that is restrictive')).toEqual([]);
    expect(matcher.match('Restrictive Emotionality in boys')).toEqual(['concept:restrictive-emotionality']);
    expect(matcher.match('Two therapists agreed')).toEqual(['concept:therapy']);
  });

  it('matches whole words only', () => {
    expect(matcher.match('Women and mentors')).toEqual([]);
    expect(matcher.match('Some men')).toEqual(['concept:men']);
  });

  it('matches nothing without a vocabulary', () => {
    const none = conceptMatcher(undefined);
    expect(none.concepts).toEqual([]);
    expect(none.match('therapy')).toEqual([]);
  });
});
