import { describe, expect, it } from 'vitest';
import { assessRisk } from './risk';

describe('assessRisk', () => {
  it('gives a plain assertion the base risk', () => {
    expect(assessRisk('An emotionally absent partner threatens this connection.')).toEqual({
      risk: 1,
      reasons: [],
    });
  });
  it('raises appeals to research, numbers, authorities and causal verbs', () => {
    expect(assessRisk('Studies show that this is true.').reasons).toEqual(['appeals to research']);
    expect(assessRisk('According to experts, it is true.').reasons).toEqual(['appeals to research']);
    expect(assessRisk('About 40% of men feel this.').reasons).toEqual(['states a percentage']);
    expect(assessRisk('Three in ten men feel this.').reasons).toEqual(['states a number']);
    expect(assessRisk('It rose 12 points.').reasons).toEqual(['states a number']);
    expect(assessRisk('Drs. John and Julie Gottman say so.').reasons).toEqual(['names an authority']);
    expect(assessRisk('Stress leads to withdrawal.').reasons).toEqual(['makes a causal claim']);
    expect(assessRisk('He withdraws because he is afraid.').reasons).toEqual(['makes a causal claim']);
    expect(assessRisk('Silence is linked to distance.').reasons).toEqual(['makes a causal claim']);
  });
  it('does not count citation markers as numbers', () => {
    expect(assessRisk('Partners drift apart.[12] [3-4]').reasons).toEqual([]);
  });
  it('recognises authors of the reference list by name', () => {
    expect(assessRisk('Gottman found the pattern.', ['Gottman']).reasons).toEqual(['names an authority']);
    expect(assessRisk('Gottman found the pattern.', []).reasons).toEqual([]);
  });
  it('adds the cues up, so the sentence that leans on most ranks first', () => {
    const heavy = assessRisk('Research shows that 60% of avoidant men withdraw because of shame.');
    const light = assessRisk('Some men withdraw.');
    expect(heavy.reasons).toEqual(['appeals to research', 'states a percentage', 'makes a causal claim']);
    expect(heavy.risk).toBe(1 + 3 + 3 + 2);
    expect(heavy.risk).toBeGreaterThan(light.risk);
  });
});

describe('risk and the marker grammar', () => {
  it('does not read a footnote marker or a superscript marker as a number', () => {
    expect(assessRisk('Sleep consolidates memory [^12].').reasons).not.toContain('states a number');
    expect(assessRisk('Sleep consolidates memory.¹²').reasons).not.toContain('states a number');
    expect(assessRisk('Sleep consolidates memory [1; 2].').reasons).not.toContain('states a number');
  });
});
