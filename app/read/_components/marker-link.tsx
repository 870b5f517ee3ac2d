'use client';

import { useId, useState } from 'react';
import type { AuditClaim, AuditReference } from '@/lib/schemas/audit-report';

/**
 * A citation marker as a link to its entry in the reference list, with a popover (on hover and on
 * keyboard focus, closed by Escape) showing each reference it names, or that it has none.
 */
export function MarkerLink({
  marker,
  references,
}: {
  marker: AuditClaim['markers'][number];
  references: Map<number, AuditReference>;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const first = marker.numbers[0];
  const unlisted = marker.numbers.some((n) => !references.get(n)?.listed);
  return (
    <span className="marker-wrap">
      <a
        href={first === undefined ? undefined : `#ref-${first}`}
        className={unlisted ? 'marker marker-unlisted' : 'marker'}
        aria-describedby={open ? id : undefined}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        data-marker={marker.raw}
      >
        {marker.raw}
      </a>
      {open && (
        <span role="tooltip" id={id} className="marker-popover">
          {marker.numbers.map((n) => {
            const ref = references.get(n);
            return (
              <span key={n} className="marker-popover-entry">
                {ref?.listed && ref.raw ? ref.raw : `[${n}] not in the reference list`}
              </span>
            );
          })}
        </span>
      )}
    </span>
  );
}
