'use client';

import { useState } from 'react';
import { ApiError } from '@/app/_queries/fetch-json';
import { uploadJson } from '@/app/_queries/upload-json';
import { readFileAsBase64 } from '@/app/add/_components/read-file';
import type { ArticleSource } from '@/app/add/_components/use-add-article';
import { type ArticleComparison, articleComparisonSchema } from '@/lib/schemas/draft-comparison';

export type CompareStage =
  | { step: 'idle' }
  | { step: 'reading'; fraction: number }
  | { step: 'uploading'; fraction: number }
  | { step: 'parsing' }
  | { step: 'compared'; result: ArticleComparison }
  | { step: 'failed'; error: ApiError };

/**
 * Sends the new version with the loaded article's slug to POST /api/compare, the body a preview
 * sends, with the same progress: reading the file, sending it, the server reading it.
 */
export function useCompareDrafts() {
  const [stage, setStage] = useState<CompareStage>({ step: 'idle' });

  async function compare(source: ArticleSource, slug: string) {
    try {
      let body: unknown = { slug, text: source.kind === 'text' ? source.text : undefined };
      if (source.kind === 'file') {
        setStage({ step: 'reading', fraction: 0 });
        const base64 = await readFileAsBase64(source.file, (fraction) =>
          setStage({ step: 'reading', fraction }),
        );
        body = { slug, file: { name: source.file.name, base64 } };
      }
      setStage({ step: 'uploading', fraction: 0 });
      const result = await uploadJson('/api/compare', body, articleComparisonSchema, {
        onProgress: (sent, total) => setStage({ step: 'uploading', fraction: total > 0 ? sent / total : 0 }),
        onSent: () => setStage({ step: 'parsing' }),
      });
      setStage({ step: 'compared', result });
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError(0, (error as Error).message || 'Something went wrong.');
      setStage({ step: 'failed', error: apiError });
    }
  }

  return { stage, compare, reset: () => setStage({ step: 'idle' }) };
}
