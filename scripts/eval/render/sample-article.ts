import type { TruthArticle } from '../truth/truth-article';

/** A small numeric article, written out by hand, for the renderers' and scorer's tests. */
export const SAMPLE: TruthArticle = {
  id: 'sample',
  title: 'Sleep and memory',
  style: 'numeric',
  blocks: [
    { kind: 'heading', level: 1, text: 'Introduction', callouts: [] },
    {
      kind: 'paragraph',
      text: 'Sleep helps memory [1], [2]–[4].',
      callouts: [
        { start: 19, end: 22, targets: [1] },
        { start: 24, end: 27, targets: [2] },
        { start: 28, end: 31, targets: [3, 4] },
      ],
    },
    { kind: 'bullet', text: 'Naps help [3].', callouts: [{ start: 10, end: 13, targets: [3] }] },
    { kind: 'table-header', text: 'Study | N', cells: ['Study', 'N'], callouts: [] },
    {
      kind: 'table-row',
      text: 'Walker [2] | 12',
      cells: ['Walker [2]', '12'],
      callouts: [{ start: 7, end: 10, targets: [2] }],
    },
  ],
  references: [
    {
      number: 1,
      text: 'Walker M (2009) Sleep. Nature 1: 2–3.',
      fields: {
        authors: ['Walker'],
        year: '2009',
        title: 'Sleep',
        container: 'Nature',
        volume: '1',
        pages: '2-3',
      },
    },
    {
      number: 2,
      text: 'Stickgold R (2005) Memory. Nature 437: 1272–1278.',
      fields: {
        authors: ['Stickgold'],
        year: '2005',
        title: 'Memory',
        container: 'Nature',
        volume: '437',
        pages: '1272-1278',
      },
    },
    {
      number: 3,
      text: 'Mednick S (2003) Naps. Nat Neurosci 6: 697–698.',
      fields: {
        authors: ['Mednick'],
        year: '2003',
        title: 'Naps',
        container: 'Nat Neurosci',
        volume: '6',
        pages: '697-698',
      },
    },
    {
      number: 4,
      text: 'Diekelmann S (2010) Sleep. Nat Rev Neurosci 11: 114–126.',
      fields: {
        authors: ['Diekelmann'],
        year: '2010',
        title: 'Sleep',
        container: 'Nat Rev Neurosci',
        volume: '11',
        pages: '114-126',
      },
    },
  ],
};
