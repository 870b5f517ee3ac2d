import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from './parse-article';
import { readPlainText } from './readers/plain-text';

/**
 * A read-me that points to its papers by their quoted titles, over a typed list with a hanging
 * indent, one entry's year on its wrapped line and two entries with no blank line between.
 */
const text = `AUTOCLASS C

For more details see "Bayesian Classification (AutoClass): Theory and Results" (kdd-95.ps in
~/doc/), "Bayesian Classification Theory" (tr-fia-90-12-7-01.ps in ~/doc/).

Questions go to the "Bayesian Classification Help Desk" by mail.

REFERENCES:

P. Cheeseman, et al. "Bayesian Classification", Proceedings of the
  Seventh National Conference of Artificial Intelligence (AAAI-88),
  St. Paul, MN. August 22-26, 1988.  Morgan Kaufmann, San Francisco,
  1988, pp. 607-611.
J. Goebel, et al. "A Bayesian Classification of the IRAS LRS Atlas",
  Astron. Astrophys. 222, L5-L8 (1989).

R. Hanson, J. Stutz, P. Cheeseman, "Bayesian Classification Theory",
  Technical Report FIA-90-12-7-01, NASA Ames Research Center, May 1991

R. Hanson, J. Stutz, P. Cheeseman, "Bayesian Classification with
  Correlation and Inheritance", Proceedings of 12th International Joint
  Conference on Artificial Intelligence, Sydney, Australia. August 24-30,
  1991.  Morgan Kaufmann Publishers, San Francisco, 1991, pp.692-698.

P. Cheeseman, J. Stutz, "Bayesian Classification (AutoClass): Theory and
  Results", in Advances in Knowledge Discovery and Data Mining, The AAAI
  Press, Menlo Park, 1995.
`;

describe('a typed list with a hanging indent', () => {
  it('starts an entry at each line back at the margin, and takes no wrapped year for a label', () => {
    const doc = readPlainText(text);
    expect(doc.references?.map((r) => r.raw.slice(0, 16))).toEqual([
      'P. Cheeseman, et',
      'J. Goebel, et al',
      'R. Hanson, J. St',
      'R. Hanson, J. St',
      'P. Cheeseman, J.',
    ]);
    expect(doc.references?.[3]?.raw).toContain('1991.  Morgan Kaufmann Publishers');
  });
});

describe('works cited by their quoted titles', () => {
  it('cites the one entry whose whole title is quoted; a quoted phrase that is no title cites nothing', async () => {
    const parsed = await parseArticleBytes(new TextEncoder().encode(text), {
      name: 'read-me.text',
      slug: 'read-me',
    });
    expect(
      parsed.claims.filter((c) => c.cites.length > 0).map((c) => [c.text.slice(0, 20), c.cites]),
    ).toEqual([['For more details see', [3, 5]]]);
  });
});
