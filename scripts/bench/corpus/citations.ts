import type { Rng } from './prng';

/**
 * Hands out citation numbers in first-citation order, as numbered-citation articles do, and writes
 * them in every marker form the parser must read: [n], [a, b], [a-b], "[a] [b]". Numbers above
 * `listed` are cited in the text but have no entry in the reference list.
 */
export class CitationPlanner {
  private nextNew = 1;
  private readonly cited: number[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly listed: number,
    private readonly unlisted: number,
  ) {}

  private fresh(): number | null {
    if (this.nextNew > this.listed + this.unlisted) return null;
    const n = this.nextNew++;
    this.cited.push(n);
    return n;
  }

  private old(): number {
    return this.rng.pick(this.cited);
  }

  /** True once every number has been cited at least once. */
  get exhausted(): boolean {
    return this.nextNew > this.listed + this.unlisted;
  }

  /** The marker text for one cited sentence, e.g. "[4]", "[2, 7]", "[5-7]" or "[3] [4]". */
  marker(remainingCitedSentences: number): string {
    const remainingNumbers = this.listed + this.unlisted - this.nextNew + 1;
    // Cite a new number often enough that every number appears before the article ends.
    const wantNew =
      this.cited.length === 0 ||
      this.rng.next() < Math.min(1, 0.45 + remainingNumbers / Math.max(1, remainingCitedSentences));
    const r = this.rng.next();
    if (wantNew && r < 0.1 && remainingNumbers >= 3) {
      const a = this.fresh() as number;
      this.fresh();
      const b = this.fresh() as number;
      return `[${a}${this.rng.chance(0.5) ? '-' : '–'}${b}]`;
    }
    const first = (wantNew ? this.fresh() : null) ?? this.old();
    if (r < 0.25) {
      const second = this.fresh() ?? this.old();
      if (second !== first) return r < 0.18 ? `[${first}, ${second}]` : `[${first}] [${second}]`;
    }
    return `[${first}]`;
  }
}
