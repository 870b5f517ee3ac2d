import { sourceFindingKindSchema } from './sources';
import { z } from './zod';

/**
 * The article graph as the API serves it and the explorer draws it. Nodes carry only what the
 * canvas, the legend, the filters and the outline need; details come from the per-node endpoints.
 */
export const nodeTypes = ['section', 'claim', 'work', 'author', 'venue', 'concept', 'more'] as const;
export const nodeTypeSchema = z.enum(nodeTypes);
export type NodeType = z.infer<typeof nodeTypeSchema>;

/**
 * How a claim stands with its evidence: every cited number has a listed reference (backed), at
 * least one cited number has no entry in the reference list (unlisted), nothing cited although
 * the sentence asserts or advises (uncited), or nothing cited and nothing needed (exempt:
 * questions and framing text).
 */
export const evidenceStatuses = ['backed', 'unlisted', 'uncited', 'exempt'] as const;
export const evidenceStatusSchema = z.enum(evidenceStatuses);
export type EvidenceStatus = z.infer<typeof evidenceStatusSchema>;

const base = { id: z.string(), label: z.string() };

export const graphNodeSchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('section'), order: z.number() }),
  z.object({
    ...base,
    type: z.literal('claim'),
    order: z.number(),
    sectionId: z.string(),
    kind: z.string(),
    status: evidenceStatusSchema,
  }),
  z.object({
    ...base,
    type: z.literal('work'),
    /** The number this article cites it by. */
    number: z.number().nullable(),
    /** False: cited in the text, but the reference list has no entry for it. */
    listed: z.boolean(),
    year: z.number().nullable(),
    /** Its most severe source finding (retracted, DOI not found, ...); only when there is one. */
    source: sourceFindingKindSchema.optional(),
  }),
  z.object({ ...base, type: z.literal('author') }),
  z.object({ ...base, type: z.literal('venue') }),
  z.object({ ...base, type: z.literal('concept') }),
  /** A placeholder standing for neighbours not drawn yet; expanding it loads the next page. */
  z.object({
    ...base,
    type: z.literal('more'),
    /** The node whose neighbours it stands for. */
    parentId: z.string(),
    remaining: z.number(),
    skip: z.number(),
  }),
]);
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const edgeTypes = [
  'HAS_CLAIM',
  'CITES',
  'AUTHORED_BY',
  'PUBLISHED_IN',
  'MENTIONS',
  'ABOUT',
  'MORE',
] as const;
export const edgeTypeSchema = z.enum(edgeTypes);
export type EdgeType = z.infer<typeof edgeTypeSchema>;

export const graphEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: edgeTypeSchema,
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const articleGraphSchema = z.object({
  article: z.object({ slug: z.string(), title: z.string() }),
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  /** True when the server's node cap cut the graph short. */
  truncated: z.boolean(),
});
export type ArticleGraph = z.infer<typeof articleGraphSchema>;

export const neighbourhoodSchema = z.object({
  id: z.string(),
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  total: z.number(),
  /** Where the next page starts, or null when this was the last. */
  nextSkip: z.number().nullable(),
});
export type Neighbourhood = z.infer<typeof neighbourhoodSchema>;
