import type { StylesheetJson } from 'cytoscape';
import { nodeKinds } from './node-kinds';

/**
 * The canvas stylesheet: one block per node kind from the same table the legend reads, then the
 * states the explorer sets as classes (faded, traced, selected, hidden).
 */
export function buildStylesheet(): StylesheetJson {
  const perKind: StylesheetJson = nodeKinds.map((k) => ({
    selector: `node.${k.key}`,
    style: {
      shape: k.shape,
      'background-color': k.colour,
      'border-color': k.border.colour,
      'border-width': k.border.width,
      'border-style': k.border.style,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 9,
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        // Labels give way when zoomed out too far to read them; the tooltip still has the text.
        'min-zoomed-font-size': 7,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...perKind,
    { selector: 'node.claim', style: { width: 26, height: 16, 'font-size': 8 } },
    { selector: 'node.section', style: { width: 30, height: 20, 'font-weight': 'bold' } },
    { selector: 'node.work', style: { width: 20, height: 24 } },
    { selector: 'node.more', style: { 'text-valign': 'center', 'text-margin-y': 0, width: 60, height: 24 } },
    { selector: 'node.status-exempt', style: { 'background-opacity': 0.45 } },
    // Source badges: a retracted work or one under a concern stands out (its label says so too).
    {
      selector: 'node.source-retracted_source, node.source-expression_of_concern',
      style: {
        'border-color': '#b91c1c',
        'border-width': 5,
        'border-style': 'double',
        'background-color': '#7f1d1d',
      },
    },
    {
      selector: 'node.source-possibly_retracted, node.source-doi_not_found, node.source-metadata_mismatch',
      style: { 'border-color': '#b45309', 'border-width': 3, 'border-style': 'dotted' },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#b8c0cc',
        'curve-style': 'straight',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#b8c0cc',
        'arrow-scale': 0.6,
      },
    },
    { selector: 'edge.cites', style: { 'line-color': '#7d8896', 'target-arrow-color': '#7d8896' } },
    { selector: 'edge.mentions, edge.about', style: { 'line-style': 'dashed' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    {
      selector: 'node.traced',
      style: { 'border-width': 3, 'border-color': '#f59e0b', 'z-index': 10, 'font-size': 10 },
    },
    { selector: 'node.work-unlisted.traced', style: { 'border-color': '#c0362c', 'border-style': 'dashed' } },
    {
      selector: 'node.source-retracted_source.traced, node.source-expression_of_concern.traced',
      style: { 'border-color': '#b91c1c', 'border-style': 'double', 'border-width': 5 },
    },
    {
      selector: 'edge.traced',
      style: { width: 2.5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', 'z-index': 9 },
    },
    {
      selector: 'node.focus',
      style: {
        'border-width': 5,
        'border-color': '#111827',
        'underlay-color': '#f59e0b',
        'underlay-padding': 6,
        'underlay-opacity': 0.35,
        'z-index': 11,
        'font-size': 11,
        'font-weight': 'bold',
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
