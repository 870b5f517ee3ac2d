import type { ClaimNotes } from '@/lib/audit/claim-notes';

/** The audit's risk cues and mismatch hints for one sentence, as text (never a tooltip only). */
export function ClaimAuditNotes({ notes }: { notes: ClaimNotes }) {
  if (notes.riskReasons.length === 0 && notes.mismatches.length === 0) return null;
  return (
    <div className="claim-notes" data-testid="claim-notes">
      {notes.riskReasons.length > 0 ? (
        <p>
          <strong>Why it needs evidence:</strong> {notes.riskReasons.join('; ')}.
        </p>
      ) : null}
      {notes.mismatches.length > 0 ? (
        <>
          <p>
            <strong>Citations worth checking:</strong>
          </p>
          <ul>
            {notes.mismatches.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
