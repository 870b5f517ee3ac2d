import { readFileSync } from 'node:fs';
import { parseArticleBytes } from '/work/main/lib/ingest/parse-article';
import { jatsTruth } from '/work/main/scripts/eval/truth/jats-truth';
import { renderText } from '/work/main/scripts/eval/render/render-text';
(async () => {
  const [file, needle] = process.argv.slice(2) as [string, string];
  const truth: any = (jatsTruth as any)(readFileSync(file, 'utf8'), 'x');
  const r: any = await (renderText as any)(truth);
  const doc: any = await parseArticleBytes(r.bytes, { slug: 'x', name: 'x.txt' } as any);
  for (const c of doc.claims) if (c.text.includes(needle)) console.log(JSON.stringify(c.markers.map((m: any) => m.raw)), c.text.slice(0, 300));
})();
