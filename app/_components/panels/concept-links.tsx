'use client';

import { SelectLink } from './select-link';

/** A titled list of concepts, each selecting that concept; nothing when there are none. */
export function ConceptLinks({
  title,
  concepts,
}: {
  title: string;
  concepts: { id: string; label: string }[];
}) {
  if (concepts.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <p className="links">
        {concepts.map((k) => (
          <SelectLink key={k.id} sel={{ kind: 'concept', id: k.id }}>
            {k.label}
          </SelectLink>
        ))}
      </p>
    </>
  );
}
