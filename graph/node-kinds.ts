import type { NodeType } from '@/lib/schemas/graph';

/**
 * One row per kind of node on the canvas: the legend, the stylesheet and the type filter all read
 * this table, so a new kind is added in one place. Colours are chosen to stay apart for the common
 * colour-vision deficiencies and pass 3:1 against white; shapes carry the difference as well.
 */
export interface NodeKind {
  key: string;
  /** The API node type it draws (unlisted works are works with listed = false). */
  type: NodeType;
  name: string;
  description: string;
  shape: 'round-rectangle' | 'ellipse' | 'rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'tag' | 'barrel';
  colour: string;
  border: { colour: string; width: number; style: 'solid' | 'dashed' | 'dotted' };
}

export const nodeKinds: NodeKind[] = [
  {
    key: 'section',
    type: 'section',
    name: 'Section',
    description: 'A heading of the article',
    shape: 'tag',
    colour: '#6b7280',
    border: { colour: '#374151', width: 1, style: 'solid' },
  },
  {
    key: 'claim',
    type: 'claim',
    name: 'Claim',
    description: 'A sentence of the article',
    shape: 'round-rectangle',
    colour: '#1f5fbf',
    border: { colour: '#123a75', width: 1, style: 'solid' },
  },
  {
    key: 'work',
    type: 'work',
    name: 'Listed work',
    description: 'A cited work with an entry in the reference list',
    shape: 'rectangle',
    colour: '#1a7f37',
    border: { colour: '#0f4d21', width: 1, style: 'solid' },
  },
  {
    key: 'work-unlisted',
    type: 'work',
    name: 'Unlisted work',
    description: 'Cited but not in the reference list',
    shape: 'rectangle',
    colour: '#fde8e6',
    border: { colour: '#c0362c', width: 3, style: 'dashed' },
  },
  {
    key: 'author',
    type: 'author',
    name: 'Author',
    description: 'A person who wrote a cited work',
    shape: 'ellipse',
    colour: '#9a6700',
    border: { colour: '#5c3d00', width: 1, style: 'solid' },
  },
  {
    key: 'venue',
    type: 'venue',
    name: 'Venue',
    description: 'Journal or publisher a work appeared in',
    shape: 'hexagon',
    colour: '#7c3aed',
    border: { colour: '#4c1d95', width: 1, style: 'solid' },
  },
  {
    key: 'concept',
    type: 'concept',
    name: 'Concept',
    description: 'An idea claims mention and works are about',
    shape: 'diamond',
    colour: '#0e7490',
    border: { colour: '#164e63', width: 1, style: 'solid' },
  },
  {
    key: 'more',
    type: 'more',
    name: 'More',
    description: 'Neighbours not drawn yet: select to load them',
    shape: 'ellipse',
    colour: '#ffffff',
    border: { colour: '#5a6472', width: 2, style: 'dotted' },
  },
];

/** The legend key of a node: works split by whether the reference list has them. */
export function kindKey(type: NodeType, listed?: boolean): string {
  return type === 'work' && listed === false ? 'work-unlisted' : type;
}
