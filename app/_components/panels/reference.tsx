import type { FormattedReference } from '@/lib/schemas/details';

/** An APA reference as citation-js formatted it, italics kept, rendered as text (no HTML injected). */
export function Reference({ value }: { value: FormattedReference }) {
  return (
    <cite className="reference">
      {value.runs.map((r, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed sequence of one reference
        r.italic ? <i key={i}>{r.text}</i> : <span key={i}>{r.text}</span>,
      )}
    </cite>
  );
}
