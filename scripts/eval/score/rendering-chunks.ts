import mammoth from 'mammoth';
import type { EvalFormat, Rendering } from '../render/rendering';

/**
 * A rendering's blocks as a script with no format knowledge would get them, for the naive
 * baseline: text split at blank lines; HTML with its tags stripped after each block-closing tag;
 * a Word file's raw text. Everything from the "References" heading on is the list, not prose.
 */
export async function renderingChunks(format: EvalFormat, rendering: Rendering): Promise<string[]> {
  let text: string;
  if (format === 'docx') {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(rendering.bytes) })).value;
  } else {
    text = new TextDecoder().decode(rendering.bytes);
    if (format === 'html') text = stripHtml(text);
  }
  const chunks = text
    .split(/\n[ \t]*\n/)
    .map((c) => c.replace(/\s+/g, ' ').trim())
    .filter((c) => c !== '');
  const end = chunks.findIndex((c) => /^(#+ )?References$/.test(c));
  return end < 0 ? chunks : chunks.slice(0, end);
}

function stripHtml(html: string): string {
  return html
    .replace(/<\/(p|li|tr|h\d|figcaption|th|td)>/g, (m) => (m === '</td>' || m === '</th>' ? ' | ' : '\n\n'))
    .replace(/<[^<>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
