'use client';

import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
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
  const settled = useDebounced(text.trim(), 200);
  // An arrow key asks for the typed query at once instead of waiting for the typing to settle.
  const [asked, setAsked] = useState<string | null>(null);
  const q = asked !== null && asked === text.trim() ? asked : settled;
  // Where arrow keys pressed before the typed query's list arrived leave the highlight in it.
  const pendingActive = useRef<number | null>(null);
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
    pendingActive.current = null;
  };

  // The list on screen may belong to an earlier query: the debounce has not caught up with the
  // typing, or the new query's answer is on its way (the previous list stays meanwhile).
  const listIsCurrent = q === text.trim() && search.isSuccess && !search.isPlaceholderData;

  // The typed query's list has arrived: the arrows pressed while it was on its way take effect in it.
  useEffect(() => {
    if (!listIsCurrent || pendingActive.current === null) return;
    setActive(Math.min(pendingActive.current, hits.length - 1));
    pendingActive.current = null;
  }, [listIsCurrent, hits]);

  /** An arrow key moves through the typed query's list, even one that is still on its way. */
  const move = (step: 1 | -1) => {
    setOpen(true);
    if (listIsCurrent) {
      setActive((a) => (hits.length === 0 ? -1 : Math.max(Math.min(a + step, hits.length - 1), 0)));
      return;
    }
    const typedNow = text.trim();
    if (!typedNow) return;
    pendingActive.current = Math.max((pendingActive.current ?? -1) + step, 0);
    setAsked(typedNow);
  };

  /** Enter opens a result of the query typed, asking for it first when the list is of an older one. */
  const pickForEnter = async () => {
    if (listIsCurrent) return pick(hits[Math.max(active, 0)]);
    const wanted = text.trim();
    if (!wanted) return;
    // The result the arrows pressed meanwhile lead to, else the first.
    const at = pendingActive.current ?? 0;
    try {
      const answer = await queryClient.fetchQuery(searchQueryOptions(wanted, article));
      if (typed.current.trim() === wanted) pick(answer.hits[Math.min(at, answer.hits.length - 1)]);
    } catch {
      // The box's status line says when search is unavailable.
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') move(1);
    else if (e.key === 'ArrowUp') move(-1);
    else if (e.key === 'Enter') {
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
          pendingActive.current = null;
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
