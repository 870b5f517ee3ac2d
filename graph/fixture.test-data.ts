import type { ArticleGraph, GraphEdge } from '@/lib/schemas/graph';

/** A small article graph shaped like the seed: two sections, four claims, three works. */
const e = (source: string, type: GraphEdge['type'], target: string): GraphEdge => ({
  id: `${source}-${type}-${target}`,
  source,
  target,
  type,
});

export const fixtureGraph: ArticleGraph = {
  article: { slug: 'a', title: 'A' },
  truncated: false,
  nodes: [
    { id: 'a/s0', type: 'section', label: 'Introduction', order: 0 },
    { id: 'a/s1', type: 'section', label: 'Roots', order: 1 },
    { id: 'a/c0', type: 'claim', label: 'Norms suppress emotion.', order: 0, sectionId: 'a/s0', kind: 'assertion', status: 'backed' },
    { id: 'a/c1', type: 'claim', label: 'Is he distant?', order: 1, sectionId: 'a/s0', kind: 'question', status: 'exempt' },
    { id: 'a/c2', type: 'claim', label: 'Narcissism lacks empathy.', order: 2, sectionId: 'a/s1', kind: 'assertion', status: 'unlisted' },
    { id: 'a/c3', type: 'claim', label: 'Boys hide feelings.', order: 3, sectionId: 'a/s1', kind: 'assertion', status: 'uncited' },
    { id: 'w1', type: 'work', label: 'Masculinity ideologies', number: 1, listed: true, year: 2007 },
    { id: 'w3', type: 'work', label: 'Alexithymia', number: 3, listed: true, year: 2009 },
    { id: 'a/ref16', type: 'work', label: 'Reference [16] (not listed)', number: 16, listed: false, year: null },
    { id: 'levant', type: 'author', label: 'Levant, R. F.' },
    { id: 'hall', type: 'author', label: 'Hall, R. J.' },
    { id: 'jms', type: 'venue', label: "The Journal of Men's Studies" },
    { id: 'norms', type: 'concept', label: 'Masculine gender norms' },
    { id: 'npd', type: 'concept', label: 'Narcissistic personality disorder' },
  ],
  edges: [
    e('a/s0', 'HAS_CLAIM', 'a/c0'),
    e('a/s0', 'HAS_CLAIM', 'a/c1'),
    e('a/s1', 'HAS_CLAIM', 'a/c2'),
    e('a/s1', 'HAS_CLAIM', 'a/c3'),
    e('a/c0', 'CITES', 'w1'),
    e('a/c0', 'CITES', 'w3'),
    e('a/c2', 'CITES', 'a/ref16'),
    e('w1', 'AUTHORED_BY', 'levant'),
    e('w3', 'AUTHORED_BY', 'levant'),
    e('w3', 'AUTHORED_BY', 'hall'),
    e('w1', 'PUBLISHED_IN', 'jms'),
    e('a/c0', 'MENTIONS', 'norms'),
    e('a/c3', 'MENTIONS', 'norms'),
    e('a/c2', 'MENTIONS', 'npd'),
    e('a/c3', 'MENTIONS', 'npd'),
    e('w1', 'ABOUT', 'norms'),
  ],
};
