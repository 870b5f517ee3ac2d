import type { Block } from './blocks';
import { classifyClaim } from './claim-kind';
import type { ClaimRecord, SectionRecord } from './graph-document';
import { findMarkers } from './markers';
import { splitSentences } from './sentences';

/**
 * Sections and claims from the body's blocks. Headings open sections; text before the first
 * heading belongs to "Introduction". Every other block is cut into sentences, each one a claim
 * that knows its block (paragraph index and kind) and its markers.
 */
export interface Outline {
  sections: SectionRecord[];
  claims: ClaimRecord[];
}

export const LEAD_SECTION_TITLE = 'Introduction';

function headingTitle(text: string): string {
  return text.replace(/:\s*$/, '').trim();
}

export function buildOutline(slug: string, blocks: Block[]): Outline {
  const sections: SectionRecord[] = [];
  const claims: ClaimRecord[] = [];
  const openSection = (title: string) => {
    const order = sections.length;
    const section = { id: `${slug}/s${order}`, title, order };
    sections.push(section);
    return section;
  };
  let section: SectionRecord | null = null;
  let paragraph = 0;
  for (const block of blocks) {
    if (block.type === 'heading') {
      section = openSection(headingTitle(block.text));
      continue;
    }
    section ??= openSection(LEAD_SECTION_TITLE);
    const blockKind = block.type;
    for (const text of splitSentences(block.text)) {
      const markers = findMarkers(text);
      const order = claims.length;
      claims.push({
        id: `${slug}/c${order}`,
        sectionId: section.id,
        text,
        kind: classifyClaim(text, blockKind),
        order,
        paragraph,
        block: blockKind,
        markers,
        cites: [...new Set(markers.flatMap((m) => m.numbers))].sort((a, b) => a - b),
      });
    }
    paragraph++;
  }
  return { sections, claims };
}
