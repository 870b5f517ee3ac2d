import type { DrawFigure } from './draw-bench';
import type { HttpFigure } from './http-bench';
import type { LoadResult } from './load-worker';
import type { QueryFigure } from './query-bench';
import type { Machine } from './report/machine';

/** Everything one `npm run bench` measured: written as JSON and rendered as Markdown. */
export const STAGES = ['load', 'queries', 'http', 'draw', 'memory'] as const;
export type Stage = (typeof STAGES)[number];

export interface CorpusSummary {
  size: string;
  articles: number;
  claims: number;
  seed: number;
  poolWorks: number;
  generateMs: number;
}

export interface LoadSection {
  /** One row per variant and corpus; `sampledEvery` > 1 means every n-th article only. */
  runs: (LoadResult & { corpus: string; sampledEvery: number; articlesPerSecond: number })[];
}

export interface AuditFigures {
  cypher: QueryFigure & { articles: number };
  perArticle: {
    articles: number;
    wallMs: number;
    readMs: number;
    rulesMs: number;
    findings: number;
    concurrency: number;
  };
}

export interface TargetCheck {
  target: string;
  limit: string;
  measured: string;
  pass: boolean | null; // null: not measured in this run
  note: string;
}

export interface BenchResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  command: string;
  stages: Stage[];
  machine: Machine;
  corpus: CorpusSummary;
  neo4jStartMs: number;
  load?: LoadSection;
  queries?: QueryFigure[];
  audit?: AuditFigures;
  http?: { buildMs: number | null; figures: HttpFigure[]; overhead: { name: string; ratio: number }[] };
  draw?: DrawFigure[];
  memory?: { loaderPeakMiB: Record<string, number>; nextPeakMiB: number | null; neo4jPeakMiB: number | null };
  targets: TargetCheck[];
  notes: string[];
}
