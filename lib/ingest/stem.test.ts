import { describe, expect, it } from 'vitest';
import { stem, stems } from './stem';

describe('stem', () => {
  it.each([
    ['counselling', 'counseling'],
    ['counsellor', 'counselor'],
    ['behaviour', 'behavior'],
    ['socialisation', 'socialization'],
    ['norms', 'norm'],
    ['studies', 'study'],
    ['vulnerability', 'vulnerable'],
    ['masculinity', 'masculine'],
    ['masculinities', 'masculinity'],
    ['responsiveness', 'responsive'],
    ['stonewalling', 'stonewall'],
    ['stonewalled', 'stonewalls'],
    ['emotionally', 'emotional'],
    ['stopped', 'stop'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it('keeps different words apart', () => {
    expect(stem('stress')).not.toBe(stem('stre'));
    expect(stem('intimacy')).not.toBe(stem('emotion'));
    expect(stem('men')).toBe('men');
  });

  it('tokenises on word boundaries, dropping apostrophes and accents', () => {
    expect(stems('Couple’s counselling, self-compassion; café')).toEqual(
      stems('couples counseling self compassion cafe'),
    );
    expect(stems('Couple’s counselling, self-compassion; café')).toHaveLength(5);
  });
});
