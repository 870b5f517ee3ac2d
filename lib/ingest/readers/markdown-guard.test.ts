import { describe, expect, it } from 'vitest';
import { isTooDenseForMarkdown } from './markdown-guard';

describe('isTooDenseForMarkdown', () => {
  it('reads a Pandoc table, whose borders are long runs of dashes, as Markdown', () => {
    const table = `${'-'.repeat(77)}\nLinear Models   Density Estimation\n--------------- ------------------\n\`runireg\`      \`rnmixGibbs\`\n${'-'.repeat(77)}\n`;
    expect(isTooDenseForMarkdown(table)).toBe(false);
    expect(isTooDenseForMarkdown(`${'*'.repeat(60)}\n\nText.\n`)).toBe(false);
  });

  it('sends deep nesting and dense marks to the line reader', () => {
    expect(isTooDenseForMarkdown(`${'> '.repeat(50)}quote\n`)).toBe(true);
    expect(isTooDenseForMarkdown(`${'- '.repeat(50)}item\n`)).toBe(true);
    expect(isTooDenseForMarkdown(`${' '.repeat(60)}indented\n`)).toBe(true);
    expect(isTooDenseForMarkdown(`${'*a '.repeat(1200)}\n`)).toBe(true);
  });
});
