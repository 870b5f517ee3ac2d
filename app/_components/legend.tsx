import { type NodeKind, nodeKinds } from '@/graph/node-kinds';

const SHAPES: Record<NodeKind['shape'], string> = {
  'round-rectangle': 'M4,3 H16 Q19,3 19,6 V14 Q19,17 16,17 H4 Q1,17 1,14 V6 Q1,3 4,3 Z',
  rectangle: 'M2,2 H18 V18 H2 Z',
  ellipse: 'M10,2 A8,8 0 1,1 9.99,2 Z',
  diamond: 'M10,1 L19,10 L10,19 L1,10 Z',
  hexagon: 'M5,2 H15 L19,10 L15,18 H5 L1,10 Z',
  triangle: 'M10,2 L19,18 H1 Z',
  tag: 'M1,4 H14 L19,10 L14,16 H1 Z',
  barrel: 'M3,3 Q10,0 17,3 Q19,10 17,17 Q10,20 3,17 Q1,10 3,3 Z',
};

const DASH: Record<NodeKind['border']['style'], string | undefined> = {
  solid: undefined,
  dashed: '3 2',
  dotted: '1 2',
};

/** Explains every shape and colour the canvas uses, from the same table as the stylesheet. */
export function Legend() {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        {nodeKinds.map((k) => (
          <li key={k.key} title={k.description}>
            <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
              <path
                d={SHAPES[k.shape]}
                fill={k.colour}
                stroke={k.border.colour}
                strokeWidth={Math.min(k.border.width, 2.5)}
                strokeDasharray={DASH[k.border.style]}
              />
            </svg>
            <span>
              {k.name}
              {k.key === 'work-unlisted' ? <small> (cited, not in the reference list)</small> : null}
            </span>
          </li>
        ))}
        <li title="A work that was retracted or is under an expression of concern (its label says which)">
          <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
            <path d={SHAPES.rectangle} fill="#7f1d1d" stroke="#b91c1c" strokeWidth={2.5} />
          </svg>
          <span>
            Retracted work <small>(or under a concern)</small>
          </span>
        </li>
        <li title="The DOI does not resolve, the entry disagrees with its record, or a notice may concern it">
          <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
            <path
              d={SHAPES.rectangle}
              fill="#1a7f37"
              stroke="#b45309"
              strokeWidth={2.5}
              strokeDasharray="1 2"
            />
          </svg>
          <span>
            Source to check <small>(DOI, metadata, possible notice)</small>
          </span>
        </li>
      </ul>
    </section>
  );
}
