import { describe, expect, it } from 'vitest';
import { classifyClaim } from './claim-kind';

describe('classifyClaim', () => {
  it.each([
    ['Does he avoid emotional conversations?', 'question'],
    ['Was it “enough?”', 'question'],
    ['Why does this happen? [3]', 'question'],
    ['Here are some telltale signs:', 'other'],
    ['Lead with compassion.', 'advice'],
    ['Avoid criticism and pressure.', 'advice'],
    ['Please listen first.', 'advice'],
    ['Don’t give up on him.', 'advice'],
    ['If, however, he never shows emotion, demonstrate how it’s done.', 'advice'],
    ['When he does express emotions, even in small ways, appreciatively acknowledge it.', 'advice'],
    ['Studies show that norms are linked to suppression.[1]', 'assertion'],
    ['Research shows the critical importance of fathers.', 'assertion'],
    ['If so, you may be dating an emotionally unavailable man.', 'assertion'],
    ['When a couple hits bumps, as all relationships do, an open approach helps.', 'assertion'],
    ['He shuts down when there’s conflict[8]', 'assertion'],
    ['Sleep is not a luxury.', 'assertion'],
    ['Join a club that meets in person.', 'advice'],
    ['Sleep improves memory [1].', 'assertion'],
    ['Work causes stress.', 'assertion'],
    ['Exercise reduces anxiety in adults.', 'assertion'],
    ['Talk to your doctor.', 'advice'],
    ['Suggest couple’s counseling.', 'advice'],
    ['In this article we review the evidence.', 'other'],
    ['We hope that our collection helps.', 'other'],
    ['We found that sleep helps.', 'assertion'],
  ])('%s → %s', (text, kind) => {
    expect(classifyClaim(text)).toBe(kind);
  });
});
