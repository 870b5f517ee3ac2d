import { describe, expect, it } from 'vitest';
import type { ConceptWork } from '@/lib/schemas/concept-evidence';
import type { ClaimRef } from '@/lib/schemas/details';
import { summariseEvidence, TOP } from './evidence-summary';

const claim = (id: string, status: ClaimRef['status']): ClaimRef => ({ id, text: id, status, article: 'a' });
const work = (id: string, year: number | null, authors: string[], venue: string | null): ConceptWork => ({
  id,
  title: id,
  year,
  authors: authors.map((a) => ({ id: a, label: a.toUpperCase() })),
  venue: venue ? { id: venue, label: venue } : null,
  citingClaims: 1,
  about: false,
});

describe('summariseEvidence', () => {
  it('counts claims by status and leaves exempt ones out of coverage', () => {
    const s = summariseEvidence(
      [
        claim('1', 'backed'),
        claim('2', 'backed'),
        claim('3', 'uncited'),
        claim('4', 'unlisted'),
        claim('5', 'exempt'),
      ],
      [],
    );
    expect(s.counts).toEqual({ backed: 2, unlisted: 1, uncited: 1, exempt: 1 });
    expect(s.coverage).toBe(0.5);
  });

  it('has no coverage when no claim needs evidence', () => {
    expect(summariseEvidence([], []).coverage).toBeNull();
    expect(summariseEvidence([claim('q', 'exempt')], []).coverage).toBeNull();
  });

  it('counts works per year, oldest first, and the undated apart', () => {
    const s = summariseEvidence(
      [],
      [
        work('a', 2009, [], null),
        work('b', 1994, [], null),
        work('c', 2009, [], null),
        work('d', null, [], null),
      ],
    );
    expect(s.years).toEqual([
      { year: 1994, works: 1 },
      { year: 2009, works: 2 },
    ]);
    expect(s.undated).toBe(1);
  });

  it('ranks authors and venues by works, ties by name, at most TOP', () => {
    const works = [
      work('a', 2000, ['levant', 'hall'], 'pmm'),
      work('b', 2001, ['levant'], 'pmm'),
      work('c', 2002, ['gottman'], 'jpsp'),
      ...['p', 'q', 'r', 's', 't'].map((x) => work(x, 2003, [x], null)),
    ];
    const s = summariseEvidence([], works);
    expect(s.topAuthors[0]).toEqual({ id: 'levant', label: 'LEVANT', works: 2 });
    expect(s.topAuthors.map((a) => a.label).slice(1)).toEqual(['GOTTMAN', 'HALL', 'P', 'Q']);
    expect(s.topAuthors).toHaveLength(TOP);
    expect(s.topVenues).toEqual([
      { id: 'pmm', label: 'pmm', works: 2 },
      { id: 'jpsp', label: 'jpsp', works: 1 },
    ]);
  });
});
