import type { ApiError } from '@/app/_queries/fetch-json';

const HINT: Record<number, string> = {
  401: 'This browser is not signed in to write: open the one-time link that `npm start` printed.',
  429: 'Too many writes in a short time; wait a moment and try again.',
};

/** The reader's or the server's refusal, next to the input it is about, with each problem listed. */
export function InputError({ id, error }: { id: string; error: ApiError | null }) {
  return (
    <div id={id} role="alert" className="input-error">
      {error && (
        <>
          <p>
            <strong>{error.message}</strong> {HINT[error.status] ?? ''}
          </p>
          {error.issues.length > 0 && (
            <ul>
              {error.issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
              ))}
            </ul>
          )}
          <p className="muted">Nothing was saved.</p>
        </>
      )}
    </div>
  );
}
