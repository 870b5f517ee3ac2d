import { describe, expect, it } from 'vitest';
import { possibleMismatches, sharedConcepts } from './mismatch';
import { makeDocument, work } from './test-document';

const always = () => true;

describe('possibleMismatches', () => {
  const doc = makeDocument({
    claims: [
      'Traditional masculine gender norms are linked to emotional suppression.[1]',
      'He shuts down when there is conflict.[2]',
      'He avoids emotional talk.[3]',
    ],
    listed: [
      work(1, {
        title: 'A review of research on masculinity ideologies using the Male Role Norms Inventory',
      }),
      work(2, { title: 'Why marriages succeed or fail' }),
      work(3, { title: 'Emotional skillfulness in marriage' }),
    ],
  });

  it('flags a citation whose title shares no keyword with the claim, showing the overlap', () => {
    const found = possibleMismatches(doc, always);
    // c2 shares "emotional" with its title: some overlap, not reported.
    expect(found.map((f) => [f.claim_id, f.number, f.shared_keywords])).toEqual([['doc/c1', 2, []]]);
    expect(found[0]?.message).toBe('worth checking: no keyword or concept in common with the title of [2]');
  });

  it('counts a shared concept (or its broader concept) as overlap', () => {
    const withConcepts = {
      ...doc,
      concepts: [
        { id: 'conflict', label: 'conflict', aliases: [], description: '', broader: null },
        { id: 'stonewalling', label: 'stonewalling', aliases: [], description: '', broader: 'conflict' },
      ],
      mentions: [{ claimId: 'doc/c1', conceptId: 'stonewalling' }],
      about: [{ workId: 'w2', conceptId: 'conflict' }],
    };
    expect(sharedConcepts(withConcepts, 'doc/c1', 'w2')).toEqual(['conflict']);
    expect(possibleMismatches(withConcepts, always)).toEqual([]);
  });

  it('skips sentences that need no evidence and works without a title', () => {
    expect(possibleMismatches(doc, (id) => id !== 'doc/c1' && id !== 'doc/c2')).toEqual([]);
    const untitled = { ...doc, works: doc.works.map((w) => ({ ...w, title: null })) };
    expect(possibleMismatches(untitled, always)).toEqual([]);
  });
});
