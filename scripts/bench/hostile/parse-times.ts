import { parseArticle } from '@/lib/ingest/parse-article';
import { hostileArticles } from '@/lib/ingest/test-support/hostile-articles';
import { median, now } from '../stats';

export interface ParseTime {
  name: string;
  chars: number;
  medianMs: number;
  maxMs: number;
}

function timeParse(text: string, runs: number): { medianMs: number; maxMs: number } {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    try {
      parseArticle(text, { slug: 'hostile' });
    } catch {
      // A refusal (no markers, no list) is an answer too: the time to reach it is what counts.
    }
    times.push(now() - t0);
  }
  return { medianMs: median(times), maxMs: Math.max(...times) };
}

/** Parse time of each hostile shape at `size` characters, and of the "[" case at n = 2,000-8,000. */
export function hostileParseTimes(size: number, runs: number): ParseTime[] {
  const brackets = [2000, 4000, 8000].map((n) => ({
    name: `"[" x ${n} around one marker`,
    text: `Studies show this. ${'['.repeat(n)}1${']'.repeat(n)}\n\nReferences\n\n[1] Walker, M. P. (2009). Sleep. Annals, 1(1), 1-2.\n`,
  }));
  return [...hostileArticles(size), ...brackets].map(({ name, text }) => ({
    name,
    chars: text.length,
    ...timeParse(text, runs),
  }));
}
