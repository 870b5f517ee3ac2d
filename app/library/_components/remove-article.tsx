'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { removeArticle } from '@/app/_queries/write-article';

/** Remove, then a confirmation in place (no modal to trap focus on a phone), then DELETE. */
export function RemoveArticle({ slug, title }: { slug: string; title: string }) {
  const [asking, setAsking] = useState(false);
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => removeArticle(slug),
    // Every list and view may have shown this article.
    onSuccess: () => client.invalidateQueries(),
  });
  if (!asking) {
    return (
      <button type="button" className="link-button" onClick={() => setAsking(true)}>
        Remove
      </button>
    );
  }
  return (
    <fieldset className="remove-confirm">
      <legend>Remove “{title}” and whatever only it cites?</legend>
      <button type="button" disabled={remove.isPending} onClick={() => remove.mutate()}>
        {remove.isPending ? 'Removing…' : 'Yes, remove'}
      </button>
      <button type="button" disabled={remove.isPending} onClick={() => setAsking(false)}>
        Cancel
      </button>
      {remove.isError && (
        <span role="alert" className="form-error">
          {remove.error.message}
        </span>
      )}
    </fieldset>
  );
}
