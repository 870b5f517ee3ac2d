'use client';

import { useWorkCheck } from '@/app/_queries/work-check';
import { SourceBadge } from '@/app/_shared/source-badge';

const day = (iso: string) => iso.slice(0, 10);

/**
 * What Crossref and Retraction Watch say about the work, as stored in the graph: the panel never
 * asks Crossref itself (`npm run check-sources` does).
 */
export function WorkSources({ id, heading: Heading = 'h3' }: { id: string; heading?: 'h2' | 'h3' }) {
  const { data, isError } = useWorkCheck(id);
  if (isError) return <p className="muted">The source check could not be read.</p>;
  if (!data)
    return (
      <p aria-busy="true" className="muted">
        Reading the source check…
      </p>
    );
  return (
    <section aria-labelledby="sources-title" className="work-sources" data-testid="work-sources">
      <Heading id="sources-title">Sources</Heading>
      {data.findings.length > 0 ? (
        <ul>
          {data.findings.map((f) => (
            <li key={f.kind}>
              <SourceBadge kind={f.kind} /> {f.detail.message}
              {f.detail.reasons && f.detail.reasons.length > 0 ? (
                <small className="muted"> Reasons: {f.detail.reasons.join('; ')}.</small>
              ) : null}
            </li>
          ))}
        </ul>
      ) : data.check ? (
        <p className="muted">Crossref's record agrees with the entry, and no notice is known.</p>
      ) : null}
      <p className="muted">
        {data.check
          ? `Checked against Crossref on ${day(data.check.checked_at)}.`
          : 'Not checked against Crossref yet (npm run check-sources).'}
      </p>
    </section>
  );
}
