import { hostileArticles } from '@/lib/ingest/test-support/hostile-articles';

export interface WriteLoad {
  /** Resolves when the writers have stopped: the statuses they got, counted. */
  done: Promise<Map<number | 'error', number>>;
  stop: () => void;
}

/**
 * `writers` loops POSTing hostile 16 KB articles to /api/articles until stopped, or after
 * `maxRequests` or `maxMs` in all (a bound of its own, whatever happens to the reads). Sends the
 * write token as a Bearer header: servers that require one (CLAIMTRACE_WRITE_TOKEN) take it.
 */
export function startHostileWrites(
  baseUrl: string,
  token: string,
  { writers = 2, size = 16 * 1024, maxRequests = 5000, maxMs = 300_000 } = {},
): WriteLoad {
  const articles = hostileArticles(size);
  const statuses = new Map<number | 'error', number>();
  const count = (key: number | 'error') => statuses.set(key, (statuses.get(key) ?? 0) + 1);
  const deadline = Date.now() + maxMs;
  let sent = 0;
  let stopped = false;
  const writer = async () => {
    while (!stopped && sent < maxRequests && Date.now() < deadline) {
      const i = sent++;
      const article = articles[i % articles.length];
      if (!article) break;
      try {
        const res = await fetch(`${baseUrl}/api/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ slug: `hostile-${i % articles.length}`, text: article.text }),
        });
        await res.arrayBuffer();
        count(res.status);
      } catch {
        count('error');
      }
    }
  };
  const done = Promise.all(Array.from({ length: writers }, writer)).then(() => statuses);
  return {
    done,
    stop: () => {
      stopped = true;
    },
  };
}
