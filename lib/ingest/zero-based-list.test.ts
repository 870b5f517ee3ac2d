import { describe, expect, it } from 'vitest';
import { auditArticle } from '../audit/audit-article';
import { parseArticleBytes } from './parse-article';

/**
 * A specification that labels its list from [0] and cites "ScrambleSuit [0]", with values in
 * brackets beside the callouts: every number after the readers is 1-based, so entries and
 * callouts are numbered from one.
 */
const spec = `1. Introduction

   ScrambleSuit [0] improves on the obfs3 [1] protocol, and the key
   exchange is the ntor handshake [2].

   IV[0] = The SipHash-2-4 OFB from the KDF.

   P_C still consists of [0,8096] bytes, or of [85,8128] bytes of random data.

2. References

   [0]: https://gitweb.torproject.org/user/phw/scramblesuit.git/blob/HEAD:/doc/scramblesuit-spec.txt

   [1]: https://gitweb.torproject.org/pluggable-transports/obfsproxy.git/blob/HEAD:/doc/obfs3/obfs3-protocol-spec.txt

   [2]: https://gitweb.torproject.org/torspec.git/blob/HEAD:/proposals/216-ntor-handshake.txt
`;

const parse = (text: string) =>
  parseArticleBytes(new TextEncoder().encode(text), { name: 'obfs4-spec.txt', slug: 'obfs4' });

describe('a list labelled from [0]', () => {
  it('numbers its entries from one, and every callout with them', async () => {
    const parsed = await parse(spec);
    expect(parsed.references.map((r) => [r.number, r.listed])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2, 3]]);
  });

  it('takes no index written against a word, no interval with a zero, and no number far past the list', async () => {
    const report = auditArticle(await parse(spec));
    expect(report.cited_not_listed).toEqual([]);
    expect(report.listed_not_cited).toEqual([]);
  });

  it('leaves a list numbered from one as it is, "[0, 1]" there an interval', async () => {
    const parsed = await parse(
      spec
        .replace('[2]: https', '[3]: https')
        .replace('[1]: https', '[2]: https')
        .replace('[0]: https', '[1]: https'),
    );
    expect(parsed.references.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2]]);
  });
});
