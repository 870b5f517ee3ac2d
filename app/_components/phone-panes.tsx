'use client';

/** What a phone shows below the header: the graph (with the details as a sheet), or the rest. */
export type PhonePane = 'graph' | 'outline';

const LABELS: Record<PhonePane, string> = { graph: 'Graph', outline: 'Filters and outline' };

/**
 * On a narrow screen the three columns cannot sit side by side (the canvas was squeezed to 0 px):
 * these two buttons choose which pane fills the width. Hidden by CSS on wider screens, where every
 * pane is shown and the choice is ignored.
 */
export function PhonePanes({ pane, onPane }: { pane: PhonePane; onPane: (pane: PhonePane) => void }) {
  return (
    <nav className="phone-panes" aria-label="Panes">
      {(Object.keys(LABELS) as PhonePane[]).map((p) => (
        <button key={p} type="button" aria-pressed={pane === p} onClick={() => onPane(p)}>
          {LABELS[p]}
        </button>
      ))}
    </nav>
  );
}
