'use client';

import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { searchQueryOptions, useSearch } from '@/app/_queries/search';
import type { SearchHit } from '@/lib/schemas/details';
import { useDebounced } from './use-debounced';

const TYPE_NAMES: Record<SearchHit['type'], string> = { claim: 'Claim', work: 'Work', author: 'Author' };

/**
 * One box over claims, works and authors (WAI-ARIA combobox with a listbox popup): results as you
 * type, arrows to move, Enter to choose, Escape to close.
 */
export function SearchBox({ article, onPick }: { article: string | null; onPick: (hit: SearchHit) => void }) {
  const [text, setText] = useState('');
  // The text as typed right now, for an answer that arrives after more typing.
  const typed = useRef('');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(text.trim(), 200);
  const search = useSearch(q, article);
  const hits = q ? (search.data?.hits ?? []) : [];
  const listId = useId();
  const optionId = (i: number) => `${listId}-opt-${i}`;
  const showList = open && q.length > 0 && hits.length > 0;
  const status =
    !open || !q
      ? ''
      : search.isError
        ? 'Search is unavailable right now.'
        : search.isSuccess && !search.isFetching && hits.length === 0
          ? 'No matches'
          : '';

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setOpen(false);
    setActive(-1);
  };

  // The list on screen may belong to an earlier query: the debounce has not caught up with the
  // typing, or the new query's answer is on its way (the previous list stays meanwhile).
  const listIsCurrent = q === text.trim() && search.isSuccess && !search.isPlaceholderData;

  /** Enter opens a result of the query typed, asking for it first when the list is of an older one. */
  const pickForEnter = async () => {
    if (listIsCurrent) return pick(hits[Math.max(active, 0)]);
    const asked = text.trim();
    if (!asked) return;
    try {
      const answer = await queryClient.fetchQuery(searchQueryOptions(asked, article));
      if (typed.current.trim() === asked) pick(answer.hits[0]);
    } catch {
      // The box's status line says when search is unavailable.
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      void pickForEnter();
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else {
        typed.current = '';
        setText('');
      }
    } else return;
    e.preventDefault();
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search claims, works and authors
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        placeholder="Search claims, works, authors…"
        autoComplete="off"
        value={text}
        onChange={(e) => {
          typed.current = e.target.value;
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      <div role="status" className={status ? 'search-status' : 'visually-hidden'}>
        {status}
      </div>
      {showList ? (
        <div id={listId} role="listbox" aria-label="Search results" className="search-results">
          {hits.map((hit, i) => (
            <div
              key={`${hit.type}:${hit.id}`}
              tabIndex={-1}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(hit)}
              onKeyDown={() => undefined}
            >
              <span className={`hit-type hit-${hit.type}`}>{TYPE_NAMES[hit.type]}</span> {hit.label}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
