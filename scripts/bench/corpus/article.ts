import { CitationPlanner } from './citations';
import type { Pool, PoolConcept, PoolWork } from './pool';
import { substream } from './prng';
import { referenceEntry } from './reference-entry';
import { assertion, type SentenceContext, uncited, uncitedKind } from './sentences';
import { HEADINGS } from './words';
import { distinctDraws } from './zipf';

export interface GeneratedArticle {
  slug: string;
  title: string;
  text: string;
  /** The concepts the article's vocabulary lists (broad ones included). */
  concepts: PoolConcept[];
  claims: number;
  listed: number;
  unlisted: number;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Attaches a marker the ways real writers do: "text.[1]", "text. [1]", "text [1]." or a bare "text[1]" in lists. */
function withMarker(body: string, marker: string | null, end: string, inList: boolean, r: number): string {
  if (marker === null) return `${body}${end}`;
  if (inList && r < 0.5) return `${body}${marker}`;
  if (r < 0.45) return `${body}${end}${marker}`;
  if (r < 0.7) return `${body}${end} ${marker}`;
  return `${body} ${marker}${end}`;
}

export function generateArticle(
  pool: Pool,
  seed: number,
  index: number,
  claimTarget: number,
): GeneratedArticle {
  const rng = substream(seed, `article:${index}`);
  const slug = `bench-${String(index).padStart(4, '0')}`;
  const conceptCount = Math.min(8 + Math.round(claimTarget / 12), 40);
  const main = distinctDraws(pool.drawConcept, rng, conceptCount, pool.concepts.length).map(
    (i) => pool.concepts[i] as PoolConcept,
  );
  const broader = pool.concepts.filter((c) => main.some((m) => m.broader === c.label) && !main.includes(c));
  const listed = Math.max(4, Math.min(Math.round((claimTarget * rng.int(20, 40)) / 100), 400));
  const unlisted = rng.chance(0.4) ? rng.int(1, 2) : 0;
  const works = distinctDraws(pool.drawWork, rng, listed, pool.works.length).map(
    (i) => pool.works[i] as PoolWork,
  );
  const planner = new CitationPlanner(rng, works.length, unlisted);
  const title = `${cap((main[0] as PoolConcept).label)} and ${(main[1] ?? (main[0] as PoolConcept)).label}: what research says (${index})`;

  const totalCited = Math.round((claimTarget * 2) / 3);
  let citedLeft = totalCited;
  let sentencesLeft = claimTarget;
  const sentence = (inList: boolean): string => {
    const ctx: SentenceContext = {
      rng,
      concept: rng.pick(main).label,
      other: rng.pick(main).label,
      family: (rng.pick(works).authors[0] ?? { family: 'Smith' }).family,
    };
    // Keep the cited share near two thirds whatever the block sizes; the last numbers must appear.
    const cite = citedLeft > 0 && rng.next() < citedLeft / sentencesLeft;
    sentencesLeft--;
    if (cite) {
      citedLeft--;
      return withMarker(cap(assertion(ctx)), planner.marker(citedLeft + 1), '.', inList, rng.next());
    }
    const kind = uncitedKind(rng);
    return withMarker(cap(uncited(kind, ctx)), null, kind === 'question' ? '?' : '.', inList, 0);
  };

  const blocks: string[] = [];
  const paragraph = (n: number) => blocks.push(Array.from({ length: n }, () => sentence(false)).join(' '));
  paragraph(Math.min(3, sentencesLeft));
  const headings = [...HEADINGS];
  let sectionNo = 0;
  while (sentencesLeft > 0) {
    const heading = headings[(index + sectionNo) % headings.length] as string;
    blocks.push(
      sectionNo >= headings.length ? `${heading} (${Math.floor(sectionNo / headings.length) + 1})` : heading,
    );
    sectionNo++;
    let budget = Math.min(sentencesLeft, rng.int(8, 12));
    while (budget > 0) {
      if (budget >= 3 && rng.chance(0.25)) {
        const items = Math.min(budget, rng.int(3, 5));
        const numbered = rng.chance(0.5);
        blocks.push(
          Array.from({ length: items }, (_, i) => `  ${numbered ? `${i + 1}.` : '•'} ${sentence(true)}`).join(
            '\n',
          ),
        );
        budget -= items;
      } else {
        const n = Math.min(budget, rng.int(2, 5));
        paragraph(n);
        budget -= n;
      }
    }
  }
  const refs = works.map((w, i) => `[${i + 1}] ${referenceEntry(w)}`).join('\n\n');
  const text = `# ${title}\n\n${blocks.join('\n\n')}\n\n${rng.chance(0.5) ? 'References\n\n' : '\n'}${refs}\n`;
  return {
    slug,
    title,
    text,
    concepts: [...main, ...broader],
    claims: claimTarget,
    listed: works.length,
    unlisted,
  };
}
