/**
 * Reads a request body as UTF-8 text, counting the bytes as they arrive rather than trusting
 * Content-Length (a chunked body has none, and a client may lie). Past `maxBytes`, or when the
 * body takes longer than `timeoutMs`, the stream is cancelled and the caller answers at once:
 * nothing past the limit is kept, so a request holds at most the limit plus one chunk (and the
 * decoded text) in memory, however much the client sends.
 */
export type BodyText = { ok: true; text: string } | { ok: false; reason: 'too_large' | 'timeout' };

export async function readBodyText(
  body: ReadableStream<Uint8Array> | null,
  limits: { maxBytes: number; timeoutMs: number },
): Promise<BodyText> {
  if (!body) return { ok: true, text: '' };
  const reader = body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limits.timeoutMs);
  });
  const stop = (reason: 'too_large' | 'timeout'): BodyText => {
    // Not awaited: the answer must not wait for a client that keeps sending or has gone quiet.
    reader.cancel().catch(() => {});
    return { ok: false, reason };
  };
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), timedOut]);
      if (next === 'timeout') return stop('timeout');
      if (next.done) break;
      bytes += next.value.byteLength;
      if (bytes > limits.maxBytes) return stop('too_large');
      // Streaming decode: a character split across two chunks comes out whole.
      parts.push(decoder.decode(next.value, { stream: true }));
    }
    parts.push(decoder.decode());
    return { ok: true, text: parts.join('') };
  } finally {
    clearTimeout(timer);
  }
}
