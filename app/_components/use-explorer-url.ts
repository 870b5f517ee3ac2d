'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import { type ExplorerState, parseExplorerParams, serializeExplorerParams } from '@/lib/schemas/explorer-params';

/**
 * The explorer's state lives in the URL. Selection changes push a history entry (so Back steps
 * through selections); filter, layout and renderer changes replace the current one.
 */
export function useExplorerUrl() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = useMemo(() => parseExplorerParams(new URLSearchParams(params.toString())), [params]);

  const update = useCallback(
    (patch: Partial<ExplorerState>, mode: 'push' | 'replace') => {
      const next = serializeExplorerParams({ ...state, ...patch }).toString();
      const href = next ? `${pathname}?${next}` : pathname;
      if (mode === 'push') router.push(href, { scroll: false });
      else router.replace(href, { scroll: false });
    },
    [state, router, pathname],
  );
  return { state, update };
}
