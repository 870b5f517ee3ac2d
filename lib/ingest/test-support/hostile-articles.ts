/*
 * Articles shaped to make a parser backtrack: long runs of one character where a pattern expects
 * a closing one, deep nesting, and reference entries built to hit the entry readers. Each is a
 * whole article of about `size` characters (a claim, a marker, a reference list) unless it is
 * meant to be refused. Used by the hostile-input tests and `npm run bench:hostile`.
 */
export interface HostileArticle {
  name: string;
  text: string;
}

const LIST =
  '\n\nReferences\n\n[1] Walker, M. P. (2009). The role of sleep in cognition. Annals of Neurology, 1(1), 1-2.\n';

/** `unit` repeated to fill about `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

export function hostileArticles(size: number): HostileArticle[] {
  const half = Math.floor(size / 2);
  const claim = 'Studies show this.[1] ';
  return [
    {
      name: '[ run around one marker',
      text: `Studies show this. ${'['.repeat(half)}1${']'.repeat(half)}${LIST}`,
    },
    { name: '[ run, no closing', text: `${claim}${fill('[', size)}${LIST}` },
    { name: '( run', text: `${claim}${fill('(', size)}${LIST}` },
    { name: '![]( run (images)', text: `${claim}${fill('![](', size)}${LIST}` },
    { name: '[a]( run (links)', text: `${claim}${fill('[a](', size)}${LIST}` },
    { name: '**a run (bold)', text: `${claim}${fill('**a ', size)}${LIST}` },
    { name: '__ run', text: `${claim}${fill('_', size)}${LIST}` },
    { name: '* run', text: `${claim}${fill('*', size)}${LIST}` },
    { name: 'spaces, then a line separator', text: `${claim}* ${fill(' ', size)}\u2028x${LIST}` },
    { name: '# heading of spaces', text: `#${fill(' ', size)}\u2028#\n\n${claim}${LIST}` },
    { name: 'digits', text: `${claim}${fill('1', size)}${LIST}` },
    { name: '- run', text: `${claim}${fill('-', size)}${LIST}` },
    { name: '. run', text: `${claim}${fill('.', size)}${LIST}` },
    { name: '"References" lines', text: `${claim}\n${fill('References\n', size)}${LIST}` },
    { name: '"Sources" headings over stray lines', text: `${claim}\n\n${fill('Sources\nx\n', size)}${LIST}` },
    { name: 'nested [( )]', text: `${claim}${'[('.repeat(half / 2)}x${')]'.repeat(half / 2)}${LIST}` },
    {
      name: 'entry: a, 1( run',
      text: `${claim}\n\nReferences\n\n[1] Doe, J. (2000). Title. ${fill('a, 1(', size)}x\n`,
    },
    {
      name: 'entry: In (Eds.) run',
      text: `${claim}\n\nReferences\n\n[1] Doe, J. (2000). Title. In ${fill('a (Eds.) (', size)}\n`,
    },
    { name: 'entry: (2000, run', text: `${claim}\n\nReferences\n\n[1] Doe, J. ${fill('(2000, ', size)}\n` },
    {
      name: 'entry: initials run',
      text: `${claim}\n\nReferences\n\n[1] Doe, ${fill('A. - ', size)}B (2000). T. J, 1, 2.\n`,
    },
    {
      name: 'entry: Why? run',
      text: `${claim}\n\nReferences\n\n[1] Doe, J. (2000). ${fill('Why? ', size)}J, 1, 2.\n`,
    },
    {
      name: 'entry: spaces around -',
      text: `${claim}\n\nReferences\n\n[1] Doe, J. (2000). T. J, 1, 2${fill(' ', size)}x-3.\n`,
    },
  ];
}
