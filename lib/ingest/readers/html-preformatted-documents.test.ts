import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';

/** A C function's docstring shown whole in one <pre>, as a Sphinx page of a wrapped library gives it. */
const page = (body: string) => `<!DOCTYPE html><html><head><title>refco — Library</title></head>
<body><div class="body" role="main"><section><h1>refco</h1>
<dl class="py function"><dt>refco(phpa, tc, rh, wl)</dt><dd>
<p>Wrapper for ERFA function <code>eraRefco</code>.</p>
<div class="highlight-none notranslate"><div class="highlight"><pre><span></span>${body}</pre></div></div>
</dd></dl></section></div></body></html>`;

const docstring = `Determine the constants A and B in the atmospheric refraction model
dZ = A tan Z + B tan^3 Z.

Given:
  phpa   double    pressure at the observer (hPa = millibar)
  tc     double    ambient temperature at the observer (deg C)

Notes:

1) The model balances speed and accuracy to give good results in
   applications where performance at low altitudes is not paramount.

     ZD       raytrace     eraRefco
     10         10.27        10.27
     20         21.19        21.20

   The values for the formula (which includes terms up to tan^5)
   are taken from Hohenkerk and Sinclair (1985).

2) The formula for the water vapour pressure, given the saturation
   pressure and the relative humidity, is from Crane (1976).

References:

   Crane, R.K., Meeks, M.L. (ed), &quot;Refraction Effects in the Neutral
   Atmosphere&quot;, Methods of Experimental Physics: Astrophysics 12B,
   Academic Press, 1976.

   Hohenkerk, C.Y., &amp; Sinclair, A.T., NAO Technical Note No. 63,
   1985.

This revision:   2021 February 24

Copyright (C) 2013-2021, NumFOCUS Foundation.
`;

const read = (body: string) =>
  parseArticleBytes(new TextEncoder().encode(page(body)), { name: 'refco.html', slug: 'refco' });

describe('a plain-text document set whole in one <pre>', () => {
  it('reads its prose as paragraphs and its "References:" list as the list they cite', async () => {
    const doc = await read(docstring);
    expect(doc.entries.map((e) => e.raw.split(',', 1)[0])).toEqual(['Crane', 'Hohenkerk']);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => [c.text.slice(0, 24), c.cites])).toEqual([
      ['The values for the formu', [2]],
      ['2) The formula for the w', [1]],
    ]);
  });

  it('keeps a table of values and what follows the list out of the claims and the list', async () => {
    const doc = await read(docstring);
    expect(doc.claims.some((c) => c.text.includes('10.27'))).toBe(false);
    expect(doc.entries.some((e) => e.raw.includes('revision') || e.raw.includes('Copyright'))).toBe(false);
  });

  it('leaves a <pre> of code that names references as code', async () => {
    const code = `import numpy as np
# references: see the docs
def refs(x):
    return [x for x in range(3)]
`;
    const doc = await read(code);
    expect(doc.entries).toEqual([]);
    expect(doc.claims.some((c) => c.text.includes('range(3)'))).toBe(false);
  });
});
