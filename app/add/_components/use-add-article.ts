'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '@/app/_queries/fetch-json';
import { uploadJson } from '@/app/_queries/upload-json';
import {
  type ArticlePreview,
  articlePreviewSchema,
  type IngestResponse,
  ingestResponseSchema,
} from '@/lib/schemas/articles';
import { readFileAsBase64 } from './read-file';

/** The article as given: pasted text, or a file (read to base64 only when it is sent). */
export type ArticleSource = { kind: 'text'; text: string } | { kind: 'file'; file: File };

export type Stage =
  | { step: 'idle' }
  | { step: 'reading'; fraction: number }
  | { step: 'uploading'; fraction: number }
  | { step: 'parsing' }
  | { step: 'previewed'; preview: ArticlePreview }
  | { step: 'saved'; saved: IngestResponse }
  | { step: 'failed'; error: ApiError; preview?: ArticlePreview };

/**
 * Preview, then Save: both send the same body, the first to the dry run, the second to the load, so
 * what is saved is what was previewed. Progress runs through reading the file, sending it, parsing.
 */
export function useAddArticle() {
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const client = useQueryClient();

  async function body(source: ArticleSource, slug: string) {
    if (source.kind === 'text') return { slug, text: source.text };
    setStage({ step: 'reading', fraction: 0 });
    const base64 = await readFileAsBase64(source.file, (fraction) => setStage({ step: 'reading', fraction }));
    return { slug, file: { name: source.file.name, base64 } };
  }

  async function send<T>(
    path: string,
    source: ArticleSource,
    slug: string,
    schema: Parameters<typeof uploadJson<T>>[2],
  ) {
    const payload = await body(source, slug);
    setStage({ step: 'uploading', fraction: 0 });
    return uploadJson(path, payload, schema, {
      onProgress: (sent, total) => setStage({ step: 'uploading', fraction: total > 0 ? sent / total : 0 }),
      onSent: () => setStage({ step: 'parsing' }),
    });
  }

  const asApiError = (error: unknown) =>
    error instanceof ApiError ? error : new ApiError(0, (error as Error).message || 'Something went wrong.');

  return {
    stage,
    reset: () => setStage({ step: 'idle' }),
    preview: async (source: ArticleSource, slug: string) => {
      try {
        const preview = await send('/api/articles/preview', source, slug, articlePreviewSchema);
        setStage({ step: 'previewed', preview });
      } catch (error) {
        setStage({ step: 'failed', error: asApiError(error) });
      }
    },
    save: async (source: ArticleSource, slug: string, preview: ArticlePreview) => {
      try {
        const saved = await send('/api/articles', source, slug, ingestResponseSchema);
        setStage({ step: 'saved', saved });
        // The library, the pickers and any view of a replaced article are out of date.
        await client.invalidateQueries();
      } catch (error) {
        setStage({ step: 'failed', error: asApiError(error), preview });
      }
    },
  };
}
