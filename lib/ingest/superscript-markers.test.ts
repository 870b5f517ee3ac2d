import { describe, expect, it } from 'vitest';
import { findMarkers, stripMarkers } from './markers';

const read = (text: string) => findMarkers(text).map((m) => [m.raw, m.numbers]);

describe('superscript markers', () => {
  it('reads superscript digits after a word or after punctuation', () => {
    expect(read('Sleep consolidates memory.¹² Naps help.')).toEqual([['¹²', [12]]]);
    expect(read('Sleep consolidates memory¹ and mood.')).toEqual([['¹', [1]]]);
    expect(read('as shown before,³ and again.')).toEqual([['³', [3]]]);
  });

  it('reads ranges and lists of superscripts', () => {
    expect(read('Several trials.¹⁻³')).toEqual([['¹⁻³', [1, 2, 3]]]);
    expect(read('Several trials.¹,²')).toEqual([['¹,²', [1, 2]]]);
    expect(read('Several trials.¹,⁴⁻⁶')).toEqual([['¹,⁴⁻⁶', [1, 4, 5, 6]]]);
  });

  it('leaves exponents and units alone', () => {
    expect(read('An area of 3 m² and 10⁶ cells at 2 km² with a rate of 4 s⁻¹.')).toEqual([]);
    expect(read('x² + y² = r²')).toEqual([]);
    expect(read('on the domain (0, 1)² and (a + b)² with BMI = weight/height² here')).toEqual([]);
  });

  it('never reads ASCII digits on a word as a marker', () => {
    expect(read('CO2 levels and x2 rose; memory.1 is a version.')).toEqual([]);
  });

  it('does not end a superscript marker at a trailing comma', () => {
    expect(read('memory¹, mood')).toEqual([['¹', [1]]]);
  });

  it('strips superscript markers for word matching', () => {
    expect(stripMarkers('Sleep helps memory.¹² Naps')).toBe('Sleep helps memory. Naps');
  });
});
