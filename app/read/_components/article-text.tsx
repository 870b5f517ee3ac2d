import type { AuditReport } from '@/lib/schemas/audit-report';
import { ClaimSpan } from './claim-span';
import { layoutArticle } from './layout-blocks';

/** The article laid out again from its claims, followed by its reference list. */
export function ArticleText({ report, selected = null }: { report: AuditReport; selected?: string | null }) {
  const references = new Map(report.references.map((r) => [r.number, r]));
  const sentence = (c: AuditReport['claims'][number]) => (
    <ClaimSpan key={c.id} claim={c} references={references} selected={c.id === selected} />
  );
  return (
    <article className="reader-article">
      {layoutArticle(report).map((section) => (
        <section key={section.id} aria-labelledby={`h-${section.id}`}>
          <h2 id={`h-${section.id}`}>{section.title}</h2>
          {section.blocks.map((block) => {
            const key = block.items[0]?.[0]?.id ?? section.id;
            if (block.kind === 'paragraph') return <p key={key}>{block.items.flat().map(sentence)}</p>;
            const items = block.items.map((item) => <li key={item[0]?.id}>{item.map(sentence)}</li>);
            return block.kind === 'bullet' ? <ul key={key}>{items}</ul> : <ol key={key}>{items}</ol>;
          })}
        </section>
      ))}
      <section aria-labelledby="h-references" className="reader-references">
        <h2 id="h-references">References</h2>
        <ol>
          {report.references.map((r) => (
            <li key={r.number} id={`ref-${r.number}`} value={r.number} data-listed={r.listed}>
              {r.raw ?? <em>[{r.number}] is cited but not in the reference list.</em>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
