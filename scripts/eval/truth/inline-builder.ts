import type { TruthCallout } from './truth-article';

/**
 * Collects a block's text with white space collapsed as a reader would show it, and the offsets of
 * the callouts appended into it, so offsets stay right while the text is being normalised.
 */
export class InlineBuilder {
  private text = '';
  readonly callouts: TruthCallout[] = [];

  append(raw: string): void {
    let piece = raw.replace(/\s+/g, ' ');
    if (this.text === '' || this.text.endsWith(' ')) piece = piece.replace(/^ /, '');
    this.text += piece;
  }

  callout(raw: string, targets: number[]): void {
    // A callout opens a word of its own: drop nothing before it, but never start with a space.
    const before = this.text.length;
    this.append(raw);
    const start = before + (this.text.slice(before).startsWith(' ') ? 1 : 0);
    if (this.text.length > start && targets.length > 0) {
      this.callouts.push({ start, end: this.text.length, targets });
    }
  }

  get length(): number {
    return this.text.length;
  }

  /** The text, trailing space removed (callouts never end in one). */
  result(): { text: string; callouts: TruthCallout[] } {
    return { text: this.text.trimEnd(), callouts: this.callouts };
  }
}
