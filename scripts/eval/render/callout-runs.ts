import type { TruthCallout } from '../truth/truth-article';

/** A piece of a block's text, superscript or not. */
export interface Run {
  text: string;
  superscript: boolean;
}

const SEPARATOR = /^[\s,;–—-]*$/;

/**
 * How a word processor shows numeric callouts: superscript numbers without brackets, the commas
 * and dashes between adjacent callouts superscript too, no space before the group
 * (`memory [1], [2]–[4].` -> `memory` + sup `1,2–4` + `.`). Author–date callouts stay as written.
 */
export function calloutRuns(text: string, callouts: TruthCallout[], superscript: boolean): Run[] {
  if (!superscript || callouts.length === 0) return [{ text, superscript: false }];
  const runs: Run[] = [];
  let at = 0;
  let group = '';
  let groupEnd = -1;
  const closeGroup = () => {
    if (group !== '') runs.push({ text: group, superscript: true });
    group = '';
  };
  for (const c of callouts) {
    const between = text.slice(at, c.start);
    const number = text
      .slice(c.start, c.end)
      .replace(/[[\]()]/g, '')
      .trim();
    if (group !== '' && c.start >= groupEnd && SEPARATOR.test(between)) {
      group += between.replace(/\s+/g, '') + number;
    } else {
      closeGroup();
      const plain = between.trimEnd();
      if (plain !== '') runs.push({ text: plain, superscript: false });
      group = number;
    }
    at = c.end;
    groupEnd = c.end;
  }
  closeGroup();
  if (at < text.length) runs.push({ text: text.slice(at), superscript: false });
  return runs;
}
