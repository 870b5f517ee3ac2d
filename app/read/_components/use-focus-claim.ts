'use client';

import { useEffect } from 'react';

/**
 * Once the article is on screen, scrolls the chosen sentence to the middle and moves focus to it,
 * so keyboard and screen-reader users land where sighted ones look. Runs again only when the
 * sentence changes, not on every render.
 */
export function useFocusClaim(claimId: string | null, ready: boolean) {
  useEffect(() => {
    if (!claimId || !ready) return;
    const el = document.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(claimId)}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [claimId, ready]);
}
