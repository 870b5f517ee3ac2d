'use client';

import { layouts } from '@/graph/layouts';
import type { LayoutName } from '@/lib/schemas/explorer-params';

interface Props {
  layout: LayoutName;
  auto: boolean;
  onLayout: (name: LayoutName) => void;
  onZoom: (factor: number) => void;
  onFit: () => void;
  onCentre: (() => void) | null;
  onExport: (format: 'png' | 'svg' | 'json') => void;
  counts: { nodes: number; edges: number };
}

export function Toolbar(p: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph view">
      <label>
        Layout{' '}
        <select value={p.layout} onChange={(e) => p.onLayout(e.target.value as LayoutName)}>
          {layouts.map((l) => (
            <option key={l.name} value={l.name} title={l.description}>
              {l.displayName}
            </option>
          ))}
        </select>
      </label>
      {p.auto && p.layout === 'evidence-trail' ? (
        <span className="hint">(large graph: trail layout)</span>
      ) : null}
      <span className="group">
        <button type="button" onClick={() => p.onZoom(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => p.onZoom(0.8)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={p.onFit}>
          Fit
        </button>
        <button type="button" onClick={() => p.onCentre?.()} disabled={!p.onCentre}>
          Centre on selection
        </button>
      </span>
      <span className="group">
        Export{' '}
        <button type="button" onClick={() => p.onExport('png')}>
          PNG
        </button>
        <button type="button" onClick={() => p.onExport('svg')}>
          SVG
        </button>
        <button type="button" onClick={() => p.onExport('json')}>
          JSON
        </button>
      </span>
      <span className="counts" aria-live="polite">
        {p.counts.nodes} nodes · {p.counts.edges} links shown
      </span>
    </div>
  );
}
