import { parentPort } from 'node:worker_threads';
import { isArticleParseError } from '@/lib/ingest/errors';
import { parseArticle, parseArticleBytes } from '@/lib/ingest/parse-article';
import type { ParseReply, ParseRequest } from './messages';

/*
 * The worker thread that parses uploaded articles for the web server (parse-pool.ts), so that a
 * parse, however long, never holds up the server's event loop. It says when it is ready, so the
 * pool's time budget counts parsing only, not this module's loading.
 */
const port = parentPort;
if (port) {
  port.on('message', async ({ id, input, options }: ParseRequest) => {
    let reply: ParseReply;
    try {
      const doc =
        'text' in input
          ? parseArticle(input.text, options)
          : await parseArticleBytes(input.bytes, { ...options, name: input.name });
      reply = { id, ok: true, doc };
    } catch (error) {
      reply = isArticleParseError(error)
        ? { id, ok: false, code: error.code, problems: error.problems }
        : { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
