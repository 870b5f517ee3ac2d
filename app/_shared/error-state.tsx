'use client';

import { ApiError } from '@/app/_queries/fetch-json';

/** An error the person can act on, with a Retry; never a blank screen or a stack trace. */
export function ErrorState({ error, onRetry, what }: { error: Error; onRetry: () => void; what: string }) {
  const status = error instanceof ApiError ? error.status : 0;
  const message =
    status === 503
      ? 'The graph database is unavailable right now.'
      : status === 404
        ? error.message
        : error instanceof ApiError
          ? error.message
          : 'Something went wrong.';
  return (
    <div className="error-state" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {message}
      </p>
      {status !== 404 && status !== 400 ? (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
