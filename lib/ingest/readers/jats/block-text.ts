/** A callout while its block is gathered: offsets, and the `<ref>`s it names by list index. */
export interface PendingCitation {
  start: number;
  end: number;
  indices: number[];
}

/**
 * A block's text as it is gathered from XML text nodes: white space folded to single spaces as
 * it comes (so callout offsets stay true), no leading or trailing space.
 */
export class BlockText {
  private text = '';
  readonly citations: PendingCitation[] = [];

  get length(): number {
    return this.text.length;
  }

  get isEmpty(): boolean {
    return this.text.trim() === '';
  }

  append(raw: string): void {
    let chunk = raw.replace(/\s+/g, ' ');
    if (this.text === '' || this.text.endsWith(' ')) chunk = chunk.replace(/^ /, '');
    this.text += chunk;
  }

  /** The finished text and its callouts, clamped to the trimmed end. */
  finish(): { text: string; citations: PendingCitation[] } {
    const text = this.text.trimEnd();
    const citations = this.citations
      .map((c) => ({ ...c, end: Math.min(c.end, text.length) }))
      .filter((c) => c.end > c.start);
    return { text, citations };
  }
}
