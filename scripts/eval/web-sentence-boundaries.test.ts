import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webSplit from '@/lib/ingest/segmentation-cases/web-paragraphs.json';
import { normaliseForMatch } from './score/paragraph-matcher';
import { type HandSplit, scoreBoundaries } from './score/sentence-boundaries';
import { webAppSentences, webBoundaryScore } from './score/web-sentences';

/**
 * Sentence boundaries on real web documents (lib/ingest/segmentation-cases/web-paragraphs.json):
 * blocks of the held-out READMEs, vignettes and manual pages split by hand before the app ran on
 * them. A first measurement, with no target: the figures and every wrong block are printed.
 */
describe('the hand-split blocks of real web documents', () => {
  const blocks = webSplit.paragraphs;

  it('holds at least 60 blocks, each from a document of the corpus', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(60);
    for (const b of blocks) {
      expect(b.source, b.source).toMatch(/^eval\/corpus\/web(-holdout(-\d+)?)?\//);
      expect(existsSync(b.source), b.source).toBe(true);
      expect(['paragraph', 'list item', 'table row']).toContain(b.part);
    }
  });

  it('has hand splits that join back to their block', () => {
    for (const b of blocks) {
      expect(b.sentences.length, b.text).toBeGreaterThan(0);
      expect(normaliseForMatch(b.sentences.join(' ')), b.text).toBe(normaliseForMatch(b.text));
      for (const s of b.sentences) expect(s.trim(), b.text).not.toBe('');
    }
  });

  it('holds no block twice', () => {
    expect(new Set(blocks.map((b) => normaliseForMatch(b.text))).size).toBe(blocks.length);
  });
});

describe('the web sentence scorer, on examples worked by hand', () => {
  it('counts a missed, an extra and a right boundary, and an exact block', () => {
    // Hand: 3 sentences, breaks before "Use" and "See". App: a break after "e.g." (extra), none
    // before "Use" (missed), the one before "See" (right). Second block: split exactly.
    const one: HandSplit = {
      source: 'a.md',
      text: 'It runs on Linux, e.g. Debian. Use --fit=lm to go back. See help("fit") for more.',
      sentences: ['It runs on Linux, e.g. Debian.', 'Use --fit=lm to go back.', 'See help("fit") for more.'],
    };
    const two: HandSplit = {
      source: 'a.md',
      text: 'Version 2.0.1 is out. It is fast.',
      sentences: ['Version 2.0.1 is out.', 'It is fast.'],
    };
    const app = new Map<HandSplit, string[] | null>([
      [one, ['It runs on Linux, e.g.', 'Debian. Use --fit=lm to go back.', 'See help("fit") for more.']],
      [two, ['Version 2.0.1 is out.', 'It is fast.']],
    ]);
    const s = scoreBoundaries([one, two], app);
    // Hand boundaries 2 + 1 = 3; app 2 + 1 = 3; right 1 + 1 = 2; union 3 + 3 − 2 = 4.
    expect(s).toMatchObject({ blocks: 2, unmatched: 0, handBoundaries: 3, appBoundaries: 3, correct: 2 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.accuracy).toBeCloseTo(2 / 4);
    expect(s.exact).toBe(0.5);
    expect(s.wrong.map((w) => w.text)).toEqual([one.text]);
  });

  describe('on a small document read by the app', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'web-sentences-'));
      await writeFile(
        join(dir, 'note.md'),
        [
          '# A note',
          '',
          'Wood dries slowly in winter [1]. Stone keeps the cold for days.',
          '',
          'Rain falls often in the hills [2].',
          '',
          '## References',
          '',
          '1. Smith, J. (2001). Wood. Forest Press.',
          '2. Jones, K. (2010). Rain. Cloud Books.',
          '',
        ].join('\n'),
      );
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('finds a block by its letters and counts a block not given back as all missed', async () => {
      // Given back: 1 boundary by hand, 1 by the app, right. Not in the document: its 2 boundaries
      // are missed. Hand 3, app 1, right 1: P 1, R 1/3, accuracy 1/3, 1 of 2 exact, 1 unmatched.
      const given: HandSplit = {
        source: 'note.md',
        text: 'Wood dries slowly in winter [1]. Stone keeps the cold for days.',
        sentences: ['Wood dries slowly in winter [1].', 'Stone keeps the cold for days.'],
      };
      const absent: HandSplit = {
        source: 'note.md',
        text: 'Snow is white. Ice is cold. Fog is grey.',
        sentences: ['Snow is white.', 'Ice is cold.', 'Fog is grey.'],
      };
      const app = await webAppSentences([given, absent], dir);
      expect(app.get(given)).not.toBeNull();
      expect(app.get(absent)).toBeNull();
      const s = scoreBoundaries([given, absent], app);
      expect(s).toMatchObject({ blocks: 2, unmatched: 1, handBoundaries: 3, appBoundaries: 1, correct: 1 });
      expect(s.precision).toBe(1);
      expect(s.recall).toBeCloseTo(1 / 3);
      expect(s.accuracy).toBeCloseTo(1 / 3);
      expect(s.exact).toBe(0.5);
    });
  });
});

describe('sentence boundaries on the hand-split web blocks (first measurement, no target)', () => {
  it('prints the figures and every wrong block', async () => {
    const p = await webBoundaryScore();
    const wrong = p.wrong.map(
      (w) => `  ${w.source}: ${w.app === null ? `not given back: ${w.text}` : w.appSentences.join(' ⏎ ')}`,
    );
    console.log(
      `sentence boundaries on ${p.blocks} web blocks: ${p.correct} right of ${p.handBoundaries} by hand and ` +
        `${p.appBoundaries} by the app (accuracy ${p.accuracy.toFixed(3)}, P ${p.precision.toFixed(3)}, ` +
        `R ${p.recall.toFixed(3)}), ${(100 * p.exact).toFixed(1)} % split exactly, ${p.unmatched} not given back\n` +
        wrong.join('\n'),
    );
    expect(p.blocks).toBe(webSplit.paragraphs.length);
  }, 120_000);
});
