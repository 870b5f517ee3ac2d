'use client';

import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphIndex } from '@/graph/graph-index';
import type { Selection } from '@/lib/schemas/explorer-params';
import { statusLabels } from './evidence-badge';
import { type OutlineItem, outlineItems } from './outline-items';

interface Props {
  index: GraphIndex;
  visible: Set<string> | null;
  selection: Selection;
  onSelect: (item: OutlineItem) => void;
}

/**
 * The accessible mirror of the canvas: a tree (WAI-ARIA tree pattern, roving tabindex) of
 * sections, their claims and each claim's cited works. It follows the selection made elsewhere
 * and selecting here selects on the canvas.
 */
export function Outline({ index, visible, selection, onSelect }: Props) {
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const [active, setActive] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLDivElement>());
  const fromKeyboard = useRef(false);
  const items = useMemo(() => outlineItems(index, visible, expanded), [index, visible, expanded]);

  // Follow a selection made on the canvas or by search: open its section, make it the active row.
  useEffect(() => {
    if (selection?.kind !== 'claim') return;
    const claim = index.node.get(selection.id);
    if (claim?.type !== 'claim') return;
    setExpanded((prev) => (prev.has(claim.sectionId) ? prev : new Set(prev).add(claim.sectionId)));
    setActive(claim.id);
  }, [selection, index]);

  useEffect(() => {
    if (!active) return;
    const el = refs.current.get(active);
    if (fromKeyboard.current) el?.focus();
    else el?.scrollIntoView({ block: 'nearest' });
    fromKeyboard.current = false;
  }, [active]);

  const current = items.find((i) => i.key === active) ?? items[0];
  const setOpen = (key: string, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });

  const onKeyDown = (e: KeyboardEvent, item: OutlineItem) => {
    const at = items.findIndex((i) => i.key === item.key);
    const move = (to: OutlineItem | undefined) => {
      if (!to) return;
      fromKeyboard.current = true;
      setActive(to.key);
    };
    switch (e.key) {
      case 'ArrowDown':
        move(items[at + 1]);
        break;
      case 'ArrowUp':
        move(items[at - 1]);
        break;
      case 'Home':
        move(items[0]);
        break;
      case 'End':
        move(items[items.length - 1]);
        break;
      case 'ArrowRight':
        if (item.expandable && !expanded.has(item.key)) setOpen(item.key, true);
        else if (item.expandable) move(items[at + 1]);
        break;
      case 'ArrowLeft':
        if (item.expandable && expanded.has(item.key)) setOpen(item.key, false);
        else move(items.find((i) => i.key === item.parentKey));
        break;
      case 'Enter':
      case ' ':
        if (item.kind === 'section') setOpen(item.key, !expanded.has(item.key));
        else onSelect(item);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <section className="outline" aria-labelledby="outline-title">
      <h2 id="outline-title">Outline</h2>
      <div role="tree" aria-labelledby="outline-title" className="tree">
        {items.map((item) => {
          const selected = selection?.id === item.id && item.kind !== 'section';
          return (
            <div
              key={item.key}
              ref={(el) => {
                if (el) refs.current.set(item.key, el);
                else refs.current.delete(item.key);
              }}
              role="treeitem"
              aria-level={item.level}
              aria-expanded={item.expandable ? expanded.has(item.key) : undefined}
              aria-selected={selected}
              tabIndex={item.key === current?.key ? 0 : -1}
              className={`level-${item.level}${selected ? ' selected' : ''}`}
              title={item.full}
              data-id={item.id}
              onKeyDown={(e) => onKeyDown(e, item)}
              onClick={() => {
                setActive(item.key);
                if (item.kind === 'section') setOpen(item.key, !expanded.has(item.key));
                else onSelect(item);
              }}
            >
              {item.expandable ? (
                <span className="twisty" aria-hidden="true">
                  {expanded.has(item.key) ? '▾' : '▸'}
                </span>
              ) : null}
              {item.status ? (
                <span
                  className={`dot dot-${item.status}`}
                  role="img"
                  aria-label={statusLabels[item.status].short}
                />
              ) : null}
              <span className="text">{item.label}</span>
            </div>
          );
        })}
      </div>
    </section>
  );
}
