import type { ReactNode } from 'react';

/**
 * The first stop of the keyboard on a page: past the header's links to the page's own content.
 * Its target takes tabIndex -1, so focus moves there and the next Tab continues inside it.
 */
export function SkipLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a href={`#${to}`} className="skip-link">
      {children}
    </a>
  );
}
