import http from 'node:http';
import { RssSampler } from '../memory';

export interface ChunkedBodyFigures {
  /** Bodies sent at once. */
  bodies: number;
  /** Resident set of the server's process tree before the bodies, MiB. */
  idleMiB: number;
  /** Its peak while they were sent and answered, MiB. */
  peakMiB: number;
  /** Status of each answer ('error' when the server closed the connection without one). */
  statuses: (number | 'error')[];
  /** Bytes each client had sent when the answer came. */
  sentBytes: number[];
}

/**
 * Sends one chunked POST that would be `maxBytes` long, 64 KiB at a time, with no Content-Length:
 * the size check must count bytes as they arrive. Stops sending as soon as the server answers.
 */
function chunkedPost(
  baseUrl: string,
  token: string,
  maxBytes: number,
): Promise<{ status: number | 'error'; sent: number }> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return new Promise((resolve) => {
    let sent = 0;
    let answered = false;
    const req = http.request(`${baseUrl}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    const finish = (status: number | 'error') => {
      if (answered) return;
      answered = true;
      resolve({ status, sent });
      req.destroy();
    };
    req.on('response', (res) => {
      res.resume();
      finish(res.statusCode ?? 'error');
    });
    req.on('error', () => finish('error'));
    const pump = () => {
      while (!answered && sent < maxBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered && sent >= maxBytes) req.end();
    };
    req.write('{"slug":"chunked","text":"');
    pump();
  });
}

/** (d) `bodies` chunked 100 MB POSTs at once against `serverPid`'s server: its memory and answers. */
export async function chunkedBodyFigures(
  baseUrl: string,
  token: string,
  serverPid: number,
  { bodies = 3, maxBytes = 100 * 1024 * 1024 } = {},
): Promise<ChunkedBodyFigures> {
  const idle = new RssSampler(serverPid, 50).start();
  await new Promise((r) => setTimeout(r, 500));
  const idleMiB = idle.stop();
  const sampler = new RssSampler(serverPid, 50).start();
  const results = await Promise.all(Array.from({ length: bodies }, () => chunkedPost(baseUrl, token, maxBytes)));
  await new Promise((r) => setTimeout(r, 500)); // what the server does after answering counts too
  const peakMiB = sampler.stop();
  return {
    bodies,
    idleMiB,
    peakMiB,
    statuses: results.map((r) => r.status),
    sentBytes: results.map((r) => r.sent),
  };
}
