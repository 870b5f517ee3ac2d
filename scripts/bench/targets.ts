import { formatNumber } from './report/table';
import type { BenchResults, TargetCheck } from './results';

const ms = (n: number) => `${formatNumber(n)} ms`;
const times = (n: number) => `${formatNumber(n)}×`;

/** The targets, checked against what this run measured; null where it did not measure. */
export function checkTargets(r: BenchResults): TargetCheck[] {
  const out: TargetCheck[] = [];
  const isLarge = r.corpus.size === 'large';
  const runs = r.load?.runs ?? [];
  const loader = runs.find((x) => x.variant === 'loader' && x.corpus === r.corpus.size);
  const naive = runs.find((x) => x.variant === 'naive' && x.corpus === r.corpus.size);
  out.push({
    target: 'Large corpus loaded',
    limit: '≤ 60 s',
    measured: loader ? `${formatNumber(loader.loadMs / 1000)} s for ${loader.articles} articles` : 'not run',
    pass: loader && isLarge ? loader.loadMs <= 60_000 : null,
    note: isLarge ? 'load only; parsing is timed apart' : `corpus is ${r.corpus.size}, not large`,
  });
  const ratio = loader && naive ? loader.articlesPerSecond / naive.articlesPerSecond : Number.NaN;
  out.push({
    target: 'Loader vs naive',
    limit: '≥ 10× faster',
    measured: Number.isFinite(ratio) ? times(ratio) : 'not run',
    pass: Number.isFinite(ratio) ? ratio >= 10 : null,
    note: [
      naive && naive.sampledEvery > 1 ? `naive sampled: every ${naive.sampledEvery}th article` : '',
      naive && naive.offered > naive.articles
        ? `naive stopped by its time cap after ${naive.articles} articles`
        : '',
      naive ? `naive rate from ${naive.articles} articles, ${naive.claims} claims` : '',
    ]
      .filter(Boolean)
      .join('; '),
  });
  for (const name of ['article graph', 'claim trace']) {
    const at16 = (cache: string) =>
      r.http?.figures.find((x) => x.name === name && x.connections === 16 && x.cache === cache);
    const f = at16('on');
    const off = at16('off');
    const warm = at16('warm');
    out.push({
      target: `${name} p95 at 16 connections (HTTP)`,
      limit: '≤ 50 ms',
      measured: f ? ms(f.p95Ms) : 'not run',
      pass: f && isLarge ? f.p95Ms <= 50 && f.non2xx === 0 && f.errors === 0 : null,
      note: [
        f ? `read cache on, ${Math.round(f.cacheHitShare * 100)} % hits from an empty cache` : '',
        warm ? `warm cache: ${ms(warm.p95Ms)}` : '',
        off ? `cache off: ${ms(off.p95Ms)}` : '',
        f && (f.non2xx > 0 || f.errors > 0) ? `${f.non2xx} non-2xx, ${f.errors} errors` : '',
      ]
        .filter(Boolean)
        .join('; '),
    });
  }
  const audit = r.audit?.cypher;
  out.push({
    target: 'Whole-corpus audit',
    limit: '≤ 1 s',
    measured: audit
      ? `${ms(audit.medianMs)} median, ${ms(audit.maxMs)} max (${audit.articles} articles)`
      : 'not run',
    pass: audit && isLarge ? audit.maxMs <= 1000 : null,
    note: 'one Cypher query (lib/neo4j/queries/corpus-audit.ts)',
  });
  const draw = r.draw ?? [];
  const big = draw
    .filter((d) => d.page === 'explorer' && d.renderer === 'canvas')
    .sort((a, b) => b.elements - a.elements)[0];
  out.push({
    target: '5,000 elements drawn and laid out',
    limit: '≤ 3 s',
    measured: big ? `${ms(big.navToDrawnMs)} (${big.elements} elements, ${big.layout})` : 'not run',
    pass: big && big.elements >= 4500 ? big.navToDrawnMs <= 3000 : null,
    note: 'navigation to drawn, explorer, canvas renderer, median of fresh browsers',
  });
  for (const e of draw.filter((d) => d.page === 'explorer')) {
    const f = draw.find((d) => d.page === 'floor' && d.renderer === e.renderer && d.elements === e.elements);
    if (!f) continue;
    const overhead = e.navToDrawnMs / f.navToDrawnMs;
    out.push({
      target: `Explorer vs floor, ${e.elements} elements, ${e.renderer}`,
      limit: '≤ 1.3×',
      measured: `${times(overhead)} (${ms(e.navToDrawnMs)} vs ${ms(f.navToDrawnMs)})`,
      pass: overhead <= 1.3,
      note: [
        `before Cytoscape ${ms(e.navToCanvasMs)} vs ${ms(f.navToCanvasMs)}, Cytoscape to drawn ${ms(e.canvasToDrawnMs)} vs ${ms(f.canvasToDrawnMs)}`,
        e.renderer === 'webgl' ? 'WebGL on SwiftShader (no GPU)' : '',
      ]
        .filter(Boolean)
        .join('; '),
    });
  }
  return out;
}
