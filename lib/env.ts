import { z } from 'zod';

/**
 * The one place that reads process.env. Everything else asks `env()` and gets typed values, or a
 * single error that lists every bad variable at once (fail fast, fix all in one go).
 */
const port = z.coerce.number().int().min(1).max(65535);

const envSchema = z.object({
  /** An external Neo4j (Docker, Aura, a cluster). When set, no local Neo4j is started. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (with +s or +ssc for TLS)')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  /** Generated into .env.local on the first local start; required for an external server. */
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Bolt port of the local Neo4j that the project starts. */
  NEO4J_BOLT_PORT: port.default(7687),
  /** Data folder of the local Neo4j (relative to the project root). */
  NEO4J_DATA_DIR: z.string().min(1).default('.neo4j/data'),
  /** Heap and page cache of the local Neo4j, in MiB: small, so the app and browser keep room. */
  NEO4J_HEAP_MB: z.coerce.number().int().min(256).default(1024),
  NEO4J_PAGECACHE_MB: z.coerce.number().int().min(64).max(512).default(512),
  PORT: port.default(3000),
  /** Memory for the server's cache of read answers, in MiB; 0 stores nothing (docs/decisions/009-read-cache.md). */
  CLAIMTRACE_READ_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  /** How long the read cache reuses the graph revision it read, in ms: how late another process's write may be seen. */
  CLAIMTRACE_REVISION_MAX_AGE_MS: z.coerce.number().int().min(0).max(60_000).default(500),
  /**
   * Whether the web server gzips its responses. Off by default: on localhost compressing costs CPU
   * and saves nothing; behind a proxy or CDN, that layer compresses (docs/decisions/010-drawing-speed.md).
   */
  CLAIMTRACE_COMPRESS: z.enum(['true', 'false']).default('false'),
  /**
   * How long `POST /api/articles` may spend parsing one article, in ms, in its worker thread; past
   * it the worker is stopped and the API answers 422. A 5 MB article (the size limit) takes about
   * 2 s on a quiet 2-core machine (docs/decisions/011-linear-parsing.md).
   */
  CLAIMTRACE_PARSE_BUDGET_MS: z.coerce.number().int().min(10).max(600_000).default(8000),
  /** Set by `npm test` for its own throw-away database: only then may tests wipe the graph. */
  CLAIMTRACE_TEST_DATABASE: z.enum(['true', 'false']).default('false'),
});

export type Env = z.infer<typeof envSchema> & {
  /** The URI to connect to: NEO4J_URI, or the local server's Bolt address. */
  neo4jUri: string;
  /** True when the project's own local Neo4j is used. */
  neo4jIsLocal: boolean;
};

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings count as unset: `NEO4J_URI=` in a shell or .env file means "not given".
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(given);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = result.data;
  return {
    ...e,
    neo4jUri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
    neo4jIsLocal: e.NEO4J_URI === undefined,
  };
}

const harnessSchema = z.object({
  CLAIMTRACE_TEST_BOLT_PORT: port.default(7688),
  CLAIMTRACE_TEST_APP_PORT: port.default(3100),
  CLAIMTRACE_BENCH_BOLT_PORT: port.default(7689),
  CLAIMTRACE_BENCH_APP_PORT: port.default(3002),
});
export type HarnessPorts = z.infer<typeof harnessSchema>;

/**
 * Ports of the throw-away Neo4j and app server that `npm test` and `npm run bench` start. Movable
 * so two checkouts on one machine can run their tests side by side. Apart from env(): these
 * processes re-point NEO4J_URI at run time, so nothing here may be cached.
 */
export function harnessPorts(source: Record<string, string | undefined> = process.env): HarnessPorts {
  const given = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = harnessSchema.safeParse(given);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

/** The environment of this process, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
