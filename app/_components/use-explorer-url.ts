'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import {
  type ExplorerState,
  parseExplorerParams,
  serializeExplorerParams,
} from '@/lib/schemas/explorer-params';

/**
 * The explorer's state lives in the URL. Selection changes push a history entry (so Back steps
 * through selections); filter, layout and renderer changes replace the current one. The native
 * history methods are used on purpose: Next.js syncs them into useSearchParams without a server
 * round trip, so a checkbox or a click updates the view at once.
 */
export function useExplorerUrl() {
  const params = useSearchParams();
  const pathname = usePathname();
  const state = useMemo(() => parseExplorerParams(new URLSearchParams(params.toString())), [params]);

  const update = useCallback(
    (patch: Partial<ExplorerState>, mode: 'push' | 'replace') => {
      const next = serializeExplorerParams({ ...state, ...patch }).toString();
      const href = next ? `${pathname}?${next}` : pathname;
      if (mode === 'push') window.history.pushState(null, '', href);
      else window.history.replaceState(null, '', href);
    },
    [state, pathname],
  );
  return { state, update };
}
