/**
 * A whole reference list run into one paragraph with its heading, as a converter leaves a LaTeX
 * list whose line breaks it did not understand: "References: \break [1] Martin Helmer and Bernd
 * Sturmfels. "Nearest points …" (2018): 213-238.\break [2] Martin Helmer and Bernt Ivar Utstol
 * Nodland. …". The entries are cut at their labels, which must run 1, 2, 3… in order, so that a
 * bracketed number inside an entry ("[3] for details") does not cut it.
 */
const HEAD = /^\s{0,10}([A-Za-z][A-Za-z ]{2,30}):\s*(?:\\(?:break|newline)\s*)?(?=\[1\]\s)/;
/** A line break a converter passed through as written: dropped from the entries' text. */
const TEX_BREAK = /\\(?:break|newline)\b|\\\\/g;

export interface RunInList {
  heading: string;
  entries: { number: number; raw: string }[];
}

/** `isListHeading` says which names head a list (reference-list.ts, which reads lines with this too). */
export function runInList(text: string, isListHeading: (name: string) => boolean): RunInList | null {
  const head = HEAD.exec(text);
  if (!head || !isListHeading(head[1] ?? '')) return null;
  const entries = runInEntries(text.slice(head[0].length), 1);
  return { heading: (head[1] ?? '').trim(), entries };
}

/**
 * Entries run together in one text that opens with the label `[first]`: cut at `[first + 1]`,
 * `[first + 2]`, … where each opens an entry (after white space, before a space), numbered by
 * their labels. A bracketed number inside an entry out of that order ("[3] for details") cuts
 * nothing.
 */
export function runInEntries(text: string, first: number): { number: number; raw: string }[] {
  const starts: number[] = [0];
  for (let n = first + 1, from = 0; ; n++) {
    const at = nextLabel(text, `[${n}]`, from);
    if (at < 0) break;
    starts.push(at);
    from = at + 1;
  }
  return starts.map((start, i) => ({
    number: first + i,
    raw: text
      .slice(start, starts[i + 1] ?? text.length)
      .replace(TEX_BREAK, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

/** The next place the label opens an entry: after white space or a line break, followed by a space. */
function nextLabel(text: string, label: string, from: number): number {
  for (let at = text.indexOf(label, from); at >= 0; at = text.indexOf(label, at + 1)) {
    const before = text.slice(Math.max(0, at - 7), at);
    if (
      (/\s$/.test(before) || /\\break$|\\newline$/.test(before.trimEnd())) &&
      /\s/.test(text[at + label.length] ?? '')
    )
      return at;
  }
  return -1;
}
