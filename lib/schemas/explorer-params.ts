import { nodeIdSchema, slugSchema } from './api-params';
import { evidenceStatusSchema, type EvidenceStatus, type NodeType, nodeTypeSchema } from './graph';
import { z } from './zod';

/**
 * The explorer's URL: selection, filters and layout. Other pages (the audit) link to these exact
 * parameter names. Unknown or malformed values are dropped rather than failing the page, so a
 * hand-edited or stale link still opens.
 */
export const layoutNames = ['fcose', 'evidence-trail', 'concentric'] as const;
export const layoutNameSchema = z.enum(layoutNames);
export type LayoutName = z.infer<typeof layoutNameSchema>;

export const selectionKinds = ['claim', 'work', 'author', 'concept', 'venue'] as const;
export type SelectionKind = (typeof selectionKinds)[number];
export type Selection = { kind: SelectionKind; id: string } | null;

export interface ExplorerState {
  article: string | null;
  selection: Selection;
  concepts: string[];
  match: 'any' | 'all';
  status: EvidenceStatus[];
  types: NodeType[];
  layout: LayoutName | null;
  renderer: 'canvas' | 'webgl';
}

const filterableTypes = nodeTypeSchema.exclude(['more']);

/**
 * The audit names statuses more finely; its links may use those names. Both kinds of "cites an
 * unlisted number" are `unlisted` here, and "not a claim" is `exempt`.
 */
const statusAliases: Record<string, EvidenceStatus> = {
  partly_unlisted: 'unlisted',
  unlisted_only: 'unlisted',
  not_a_claim: 'exempt',
};
const statusParam = z.preprocess((v) => (typeof v === 'string' ? (statusAliases[v] ?? v) : v), evidenceStatusSchema);

function list<T>(raw: string | null, item: z.ZodType<T>): T[] {
  if (!raw) return [];
  const out: T[] = [];
  for (const part of raw.split(',')) {
    const r = item.safeParse(part.trim());
    if (r.success && !out.includes(r.data)) out.push(r.data);
  }
  return out;
}

function one<T>(raw: string | null, schema: z.ZodType<T>): T | null {
  if (raw === null) return null;
  const r = schema.safeParse(raw);
  return r.success ? r.data : null;
}

export function parseExplorerParams(params: URLSearchParams): ExplorerState {
  let selection: Selection = null;
  for (const kind of selectionKinds) {
    const id = one(params.get(kind), nodeIdSchema);
    if (id) {
      selection = { kind, id };
      break;
    }
  }
  return {
    article: one(params.get('article'), slugSchema),
    selection,
    concepts: list(params.get('concepts'), nodeIdSchema),
    match: params.get('match') === 'all' ? 'all' : 'any',
    status: list(params.get('status'), statusParam),
    types: list(params.get('types'), filterableTypes),
    layout: one(params.get('layout'), layoutNameSchema),
    renderer: params.get('renderer') === 'webgl' ? 'webgl' : 'canvas',
  };
}

/** The inverse of parseExplorerParams; defaults are left out so URLs stay short. */
export function serializeExplorerParams(state: ExplorerState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.article) p.set('article', state.article);
  if (state.selection) p.set(state.selection.kind, state.selection.id);
  if (state.concepts.length) p.set('concepts', state.concepts.join(','));
  if (state.match === 'all') p.set('match', 'all');
  if (state.status.length) p.set('status', state.status.join(','));
  if (state.types.length) p.set('types', state.types.join(','));
  if (state.layout) p.set('layout', state.layout);
  if (state.renderer === 'webgl') p.set('renderer', 'webgl');
  return p;
}

export const emptyExplorerState: ExplorerState = {
  article: null,
  selection: null,
  concepts: [],
  match: 'any',
  status: [],
  types: [],
  layout: null,
  renderer: 'canvas',
};
