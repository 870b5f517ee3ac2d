import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import type { LayoutName } from '@/lib/schemas/explorer-params';
import { COLUMN_GAP, evidenceTrailPositions } from './evidence-trail';

/**
 * Layouts as data: a name for the URL, a display name for the picker, and the Cytoscape options
 * built from the elements. The canvas component runs whatever it is handed, then fits the view
 * itself (or frames a trace), so no layout fits: fitting measures every element's bounding box
 * with its label, a second pass that cost about 300 ms at 5,000 elements.
 */
export interface LayoutSpec {
  name: LayoutName;
  displayName: string;
  description: string;
  options: (elements: ElementDefinition[]) => LayoutOptions;
  /** Set for a layout of columns this many graph units apart: a trace is arranged within them. */
  columnGap?: number;
}

/**
 * Above this many elements the force layout takes seconds on a 2-core machine (fcose passes 3 s
 * near 2,000 elements), while preset positions draw 5,000 in about 1.6 s.
 */
export const FORCE_LAYOUT_LIMIT = 1500;

const ringOf: Record<string, number> = { section: 6, claim: 5, concept: 4, work: 3, author: 2, venue: 1, more: 0 };

export const layouts: LayoutSpec[] = [
  {
    name: 'fcose',
    displayName: 'Force (fcose)',
    description: 'Related nodes pull together; good for spotting clusters.',
    options: () =>
      ({
        name: 'fcose',
        quality: 'default',
        animate: false,
        randomize: true,
        fit: false,
        nodeDimensionsIncludeLabels: false,
        idealEdgeLength: 90,
        nodeRepulsion: 12000,
        padding: 20,
      }) as LayoutOptions,
  },
  {
    name: 'evidence-trail',
    displayName: 'Evidence trail',
    description: 'Left to right: section, claim, work, author and venue. Instant at any size.',
    options: (elements) => ({
      name: 'preset',
      positions: evidenceTrailPositions(elements),
      animate: false,
      fit: false,
    }),
    columnGap: COLUMN_GAP,
  },
  {
    name: 'concentric',
    displayName: 'Concentric by type',
    description: 'Rings by node type: sections in the middle, venues outside.',
    options: () => ({
      name: 'concentric',
      animate: false,
      minNodeSpacing: 8,
      concentric: (node) => ringOf[String(node.data('type'))] ?? 0,
      levelWidth: () => 1,
      fit: false,
    }),
  },
];

export function layoutSpec(name: LayoutName): LayoutSpec {
  const spec = layouts.find((l) => l.name === name);
  if (!spec) throw new Error(`unknown layout ${name}`);
  return spec;
}

/** The layout to run: the one asked for, else force below the size limit, else the trail. */
export function chooseLayout(requested: LayoutName | null, elementCount: number): LayoutName {
  if (requested) return requested;
  return elementCount > FORCE_LAYOUT_LIMIT ? 'evidence-trail' : 'fcose';
}
