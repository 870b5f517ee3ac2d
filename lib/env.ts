import { z } from 'zod';

/**
 * The one place that reads process.env. Everything else asks `env()` and gets typed values, or a
 * single error that lists every bad variable at once (fail fast, fix all in one go).
 */
const port = z.coerce.number().int().min(1).max(65535);
/** Long enough that guessing is hopeless: `npm start` makes 43 characters of base64url. */
const secret = z.string().min(24, 'must be at least 24 characters: a random secret, not a word');

/** Where servers listen unless told otherwise; the test and bench servers always do. */
export const LOOPBACK = '127.0.0.1';

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
  /**
   * The interface the web server listens on. Loopback by default: the app's writes are meant for
   * the owner of the machine; `0.0.0.0` (or an address) opts in to serving a network.
   */
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:-]+$/, 'must be a host name or an IP address, e.g. 127.0.0.1 or 0.0.0.0')
    .default(LOOPBACK),
  /**
   * The secret that every write through the API must carry (Bearer) or that signs the browser's
   * session cookie. Generated into .env.local by `npm start`; without it the server takes no writes.
   */
  CLAIMTRACE_WRITE_TOKEN: secret.optional(),
  /**
   * The one-time token of the session link that `npm start` prints; it hands it to the server it
   * starts. Each server process accepts it once.
   */
  CLAIMTRACE_SESSION_LINK_TOKEN: secret.optional(),
  /** Writes (POST or DELETE) one client may make per CLAIMTRACE_WRITE_RATE_WINDOW_S seconds. */
  CLAIMTRACE_WRITE_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(30),
  CLAIMTRACE_WRITE_RATE_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(60),
  /**
   * The most bytes a write request's body may have, in MiB, counted as they arrive. JSON escaping
   * can double an article's text, so the default leaves room for a 5 MB article and its vocabulary.
   */
  CLAIMTRACE_WRITE_BODY_MB: z.coerce.number().positive().max(1024).default(11),
  /** How long a write request may take to send its body, in ms: a body that trickles in is cut off. */
  CLAIMTRACE_WRITE_BODY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Memory for the server's cache of read answers, in MiB; 0 stores nothing (docs/decisions/009-read-cache.md). */
  CLAIMTRACE_READ_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  /** How long the read cache reuses the graph revision it read, in ms: how late another process's write may be seen. */
  CLAIMTRACE_REVISION_MAX_AGE_MS: z.coerce.number().int().min(0).max(60_000).default(500),
  /**
   * Whether the web server gzips its responses. Off by default: on localhost compressing costs CPU
   * and saves nothing; behind a proxy or CDN, that layer compresses (docs/decisions/010-drawing-speed.md).
   */
  CLAIMTRACE_COMPRESS: z.enum(['true', 'false']).default('false'),
  /** Set by Next.js: the dev server needs a looser Content-Security-Policy (next.config.ts). */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** Crossref's REST API; a test or benchmark points it at a local server (docs/decisions/013-source-checks.md). */
  CLAIMTRACE_CROSSREF_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default('https://api.crossref.org'),
  /** A contact address sent with every Crossref request (mailto): it puts the requests in Crossref's polite pool. */
  CLAIMTRACE_CONTACT_EMAIL: z.email().optional(),
  /** Crossref requests under way at once; default: the polite pool's 3 with a contact address, else the public pool's 1. */
  CLAIMTRACE_CROSSREF_CONCURRENCY: z.coerce.number().int().min(1).max(50).optional(),
  /** DOI look-ups started per second; default: 10 with a contact address, else 5. Searches get 3/10 of it, at least 1. */
  CLAIMTRACE_CROSSREF_RATE: z.coerce.number().positive().max(10_000).optional(),
  /** How long one Crossref request may take before it is abandoned (and retried), in ms. */
  CLAIMTRACE_CROSSREF_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  /** A work checked less than this many days ago is not checked again (unless forced). */
  CLAIMTRACE_SOURCE_CHECK_MAX_AGE_DAYS: z.coerce.number().min(0).max(3650).default(30),
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
