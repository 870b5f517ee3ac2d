import { describe, expect, it } from 'vitest';
import { claimContaining, parseSeed, SEED_SLUG } from './test-support/seed';

const doc = parseSeed();

describe('parseArticle on the seed article', () => {
  it('titles the article from its slug', () => {
    expect(doc.article).toEqual({ slug: SEED_SLUG, title: 'Emotionally unavailable men', format: 'text' });
  });

  it('has the Introduction and the five headings as sections', () => {
    expect(doc.sections.map((s) => s.title)).toEqual([
      'Introduction',
      'The Roots of Emotional Unavailability in Men',
      'Spotting the Signs of an Emotionally Unavailable Partner',
      'Why Emotional Walls Wreck Relationships',
      'When Emotional Unavailability Turns Manipulative',
      'How to Support an Emotionally Unavailable Man',
    ]);
    expect(doc.sections.map((s) => s.id)).toEqual([0, 1, 2, 3, 4, 5].map((n) => `${SEED_SLUG}/s${n}`));
  });

  it('cites exactly 17 distinct numbers', () => {
    const cited = [...new Set(doc.claims.flatMap((c) => c.cites))].sort((a, b) => a - b);
    expect(cited).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('references 1-17, listed for 1-15 and not for 16 and 17', () => {
    expect(doc.references.map((r) => [r.number, r.listed])).toEqual(
      Array.from({ length: 17 }, (_, i) => [i + 1, i < 15]),
    );
    expect(doc.references.find((r) => r.number === 16)?.workId).toBe(`${SEED_SLUG}/ref16`);
    const unlisted = doc.works.find((w) => w.id === `${SEED_SLUG}/ref17`);
    expect(unlisted).toMatchObject({ title: null, raw: null, kind: 'unknown' });
  });

  it('keeps the 15 entries as written with their lines', () => {
    expect(doc.entries.map((e) => e.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(doc.entries[0]).toMatchObject({ line: 60 });
    expect(doc.entries[0]?.raw.startsWith('[1] Levant, R. F. & Richmond, K. (2007).')).toBe(true);
    expect(doc.entries[14]).toMatchObject({ number: 15, line: 88 });
    expect(doc.works).toHaveLength(17);
  });

  it('does not turn reference-list lines into claims', () => {
    expect(doc.claims.some((c) => /^\[\d+\]/.test(c.text))).toBe(false);
    expect(doc.claims.some((c) => c.text.includes('Levant, R. F.'))).toBe(false);
  });

  it.each([
    ['Studies show that traditional masculine gender norms', [1, 2], ['[1]', '[2]']],
    ['a key aspect of the emotionally unavailable personality style.', [3], ['[3]']],
    ['Psychologists point to early socialization experiences', [4, 5], ['[4]', '[5]']],
    ['Research shows the critical importance of fathers', [6, 7], ['[6]', '[7]']],
    ['He shuts down, leaves or lashes out when there’s conflict', [8], ['[8]']],
    ['He accuses you of being “too needy”', [9], ['[9]']],
    ['Drs. John and Julie Gottman', [10], ['[10]']],
    ['But research shows emotionally unavailable men tend to', [11], ['[11]']],
    ['Realize his aloofness likely stems from lifelong conditioning', [12], ['[12]']],
    ['A skilled therapist can help you', [13], ['[13]']],
    ['Cultivate self-compassion', [14], ['[14]']],
    ['it is possible for emotionally unavailable men to become more open', [15], ['[15]']],
    ['Narcissistic Personality Disorder is characterized', [16], ['[16]']],
    ['This keeps you in a state of confused insecurity', [17], ['[17]']],
  ])('attaches the markers of "%s" to that sentence', (fragment, cites, raws) => {
    const claim = claimContaining(doc, fragment);
    expect(claim.cites).toEqual(cites);
    expect(claim.markers.map((m) => m.raw)).toEqual(raws);
    for (const m of claim.markers) expect(claim.text.slice(m.start, m.end)).toBe(m.raw);
  });

  it('has exactly 14 citing claims, one per sentence that carries markers', () => {
    expect(doc.claims.filter((c) => c.cites.length > 0)).toHaveLength(14);
  });

  it('keeps whole sentences around "Drs." and after a marker that follows the full stop', () => {
    const gottman = claimContaining(doc, 'Drs. John');
    expect(gottman.text.startsWith('Renowned relationship psychologists, Drs. John')).toBe(true);
    expect(gottman.text.endsWith('relationship health and longevity. [10]')).toBe(true);
    const realize = claimContaining(doc, 'Realize his aloofness');
    expect(realize.text).toBe(
      'Realize his aloofness likely stems from lifelong conditioning, not a personal rejection of you. [12]',
    );
    expect(claimContaining(doc, 'intimacy.[1] [2]').text.endsWith('difficulty with intimacy.[1] [2]')).toBe(
      true,
    );
  });

  it('splits numbered advice items without making "1." a sentence', () => {
    const item = doc.claims.filter(
      (c) => c.paragraph === claimContaining(doc, 'Lead with compassion').paragraph,
    );
    expect(item.map((c) => c.text)).toEqual([
      'Lead with compassion.',
      'Realize his aloofness likely stems from lifelong conditioning, not a personal rejection of you. [12]',
    ]);
    expect(item.every((c) => c.block === 'numbered')).toBe(true);
  });

  it('makes each list item its own block', () => {
    const bullets = doc.claims.filter((c) => c.block === 'bullet');
    expect(bullets).toHaveLength(8);
    expect(new Set(bullets.map((c) => c.paragraph)).size).toBe(8);
    expect(new Set(doc.claims.filter((c) => c.block === 'numbered').map((c) => c.paragraph)).size).toBe(6);
  });

  it('classifies the questions, the framing text and the advice', () => {
    const byKind = (kind: string) => doc.claims.filter((c) => c.kind === kind).map((c) => c.text);
    expect(byKind('question')).toEqual([
      'Are you in a relationship with a man who struggles to open up about his feelings?',
      'Does he avoid emotional conversations, seem distant, or shut down when you try to connect on a deeper level?',
      'Where do these emotionally aloof tendencies come from?',
      'What does emotional unavailability look like in a relationship?',
    ]);
    expect(byKind('other')).toEqual([
      'Here are some telltale signs:',
      'If you’re committed to making it work with an emotionally unavailable partner, here’s what psychology recommends:',
    ]);
    for (const advice of [
      'Lead with compassion.',
      'Avoid criticism and pressure.',
      'Suggest couple’s counseling.',
    ]) {
      expect(claimContaining(doc, advice).kind).toBe('advice');
    }
    expect(claimContaining(doc, 'Studies show').kind).toBe('assertion');
    expect(claimContaining(doc, 'Research shows the critical').kind).toBe('assertion');
    expect(claimContaining(doc, 'A skilled therapist').kind).toBe('assertion');
  });

  it('counts claims by kind', () => {
    const counts = Object.fromEntries(
      ['assertion', 'advice', 'question', 'other'].map((k) => [
        k,
        doc.claims.filter((c) => c.kind === k).length,
      ]),
    );
    expect(counts).toEqual({ assertion: 49, advice: 15, question: 4, other: 2 });
    expect(doc.claims.filter((c) => c.kind === 'advice').map((c) => c.text.split(/[ ,]/)[0])).toEqual(
      'Lead Realize Model Share If Show Reinforce When Make Avoid Extend Suggest Take Cultivate Remember'.split(
        ' ',
      ),
    );
    expect(doc.claims.map((c) => c.order)).toEqual(doc.claims.map((_, i) => i));
  });

  it('makes one author of Gottman, J. and Gottman, J. M., and of Levant in [1] and [3]', () => {
    const work = (n: number) => doc.works.find((w) => w.id === doc.references[n - 1]?.workId);
    expect(work(8)?.authorIds).toEqual(['author:gottman-j']);
    expect(work(10)?.authorIds[0]).toBe('author:gottman-j');
    expect(work(1)?.authorIds[0]).toBe('author:levant-r');
    expect(work(3)?.authorIds[0]).toBe('author:levant-r');
    expect(doc.authors.filter((a) => a.family === 'Gottman')).toEqual([
      { id: 'author:gottman-j', family: 'Gottman', given: 'J. M.', display: 'Gottman, J. M.' },
    ]);
    expect(doc.authors.filter((a) => a.family === 'Levant')).toHaveLength(1);
    expect(new Set(doc.authors.map((a) => a.id)).size).toBe(doc.authors.length);
    expect(doc.authors).toHaveLength(29);
  });

  it('makes one venue of the journals cited twice', () => {
    const venue = (n: number) => doc.works.find((w) => w.id === doc.references[n - 1]?.workId)?.venueId;
    expect(venue(3)).toBe('venue:psychology-of-men-masculinity');
    expect(venue(5)).toBe(venue(3));
    expect(venue(9)).toBe('venue:journal-of-social-clinical-psychology');
    expect(venue(11)).toBe(venue(9));
    expect(doc.venues).toHaveLength(11);
  });

  it('links claims and work titles to the vocabulary', () => {
    expect(doc.concepts.length).toBeGreaterThanOrEqual(15);
    const mentioned = (fragment: string) =>
      doc.mentions.filter((m) => m.claimId === claimContaining(doc, fragment).id).map((m) => m.conceptId);
    expect(mentioned('“restrictive emotionality”')).toContain('concept:restrictive-emotionality');
    expect(mentioned('Suggest couple’s counseling.')).toEqual(['concept:couples-counselling']);
    expect(mentioned('Narcissistic Personality Disorder is')).toContain(
      'concept:narcissistic-personality-disorder',
    );
    expect(mentioned('Cultivate self-compassion')).toContain('concept:self-compassion');
    const about = (n: number) =>
      doc.about.filter((a) => a.workId === doc.references[n - 1]?.workId).map((a) => a.conceptId);
    expect(about(3)).toEqual(['concept:alexithymia']);
    expect(about(14)).toContain('concept:self-compassion');
    expect(about(9)).toContain('concept:gender-role-conflict');
  });
});
