'use client';

/** The error state every audit view shows instead of a blank page: what happened, and a retry. */
export function QueryError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div role="alert" className="audit-error">
      <p>
        <strong>Could not load the audit.</strong> {error.message}
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
