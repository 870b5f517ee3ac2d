'use client';

import { nodeKinds } from '@/graph/node-kinds';
import type { ExplorerState } from '@/lib/schemas/explorer-params';
import { type EvidenceStatus, evidenceStatuses, type NodeType } from '@/lib/schemas/graph';
import { statusLabels } from './evidence-badge';

interface Props {
  state: ExplorerState;
  concepts: { id: string; label: string; count: number }[];
  onChange: (patch: Partial<Pick<ExplorerState, 'concepts' | 'match' | 'status' | 'types'>>) => void;
}

const toggle = <T,>(list: T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
const typeChoices = nodeKinds.filter((k) => k.key === k.type && k.type !== 'more');

export function FiltersPanel({ state, concepts, onChange }: Props) {
  const active = state.concepts.length + state.status.length + state.types.length > 0;
  return (
    <section className="filters" aria-labelledby="filters-title">
      <div className="row">
        <h2 id="filters-title">Filters</h2>
        <button
          type="button"
          onClick={() => onChange({ concepts: [], match: 'any', status: [], types: [] })}
          disabled={!active}
        >
          Clear all
        </button>
      </div>
      <fieldset>
        <legend>Concepts</legend>
        {concepts.length === 0 ? <p className="muted">This article has no concepts.</p> : null}
        <div className="concept-list">
          {concepts.map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={state.concepts.includes(c.id)}
                onChange={() => onChange({ concepts: toggle(state.concepts, c.id) })}
              />{' '}
              {c.label} <span className="count">({c.count})</span>
            </label>
          ))}
        </div>
        <div className="match" role="radiogroup" aria-label="Concept match">
          {(['any', 'all'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="match"
                value={m}
                checked={state.match === m}
                onChange={() => onChange({ match: m })}
              />{' '}
              {m === 'any' ? 'Any of them' : 'All of them'}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Evidence</legend>
        {evidenceStatuses.map((s: EvidenceStatus) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={state.status.includes(s)}
              onChange={() => onChange({ status: toggle(state.status, s) })}
            />{' '}
            {statusLabels[s].label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Node types</legend>
        {typeChoices.map((k) => (
          <label key={k.key}>
            <input
              type="checkbox"
              checked={state.types.includes(k.type as NodeType)}
              onChange={() => onChange({ types: toggle(state.types, k.type as NodeType) })}
            />{' '}
            {k.type === 'work' ? 'Work' : k.name}
          </label>
        ))}
        <p className="muted small">None ticked shows every type.</p>
      </fieldset>
    </section>
  );
}
