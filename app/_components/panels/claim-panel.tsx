'use client';

import type { ClaimDetail } from '@/lib/schemas/details';
import { EvidenceBadge } from '../evidence-badge';
import { ClaimAudit } from './claim-audit';
import { ConceptLinks } from './concept-links';
import { Reference } from './reference';
import { SelectLink } from './select-link';

const KIND: Record<string, string> = {
  assertion: 'Assertion',
  advice: 'Advice',
  question: 'Question',
  other: 'Framing',
};

/** A claim in its paragraph (its sentence highlighted), its evidence status and its cited works. */
export function ClaimPanel({ claim }: { claim: ClaimDetail }) {
  return (
    <article aria-labelledby="panel-title" data-testid="claim-panel">
      <p className="eyebrow">
        {KIND[claim.kind] ?? claim.kind} · {claim.section.label}
      </p>
      <h2 id="panel-title" className="visually-hidden">
        Claim
      </h2>
      <EvidenceBadge status={claim.status} />
      <blockquote className="paragraph">
        {claim.paragraph.map((s) =>
          s.current ? (
            <mark key={s.id} className="current">
              {s.text}{' '}
            </mark>
          ) : (
            <span key={s.id}>
              <SelectLink sel={{ kind: 'claim', id: s.id }} className="quiet">
                {s.text}
              </SelectLink>{' '}
            </span>
          ),
        )}
      </blockquote>
      <ClaimAudit claimId={claim.id} article={claim.article.id} />
      <h3>Evidence</h3>
      {claim.citations.length === 0 ? <p className="muted">This sentence cites nothing.</p> : null}
      <ol className="citations">
        {claim.citations.map((c) => (
          <li
            key={`${c.number}-${c.work.id}`}
            className={c.work.listed ? 'listed' : 'unlisted'}
            data-testid="citation"
          >
            <span className="num">[{c.number}]</span>
            {c.work.listed && c.work.reference ? (
              <div>
                <Reference value={c.work.reference} />
                <p className="links">
                  {c.work.authors.map((a) => (
                    <SelectLink key={a.id} sel={{ kind: 'author', id: a.id }}>
                      {a.label}
                    </SelectLink>
                  ))}
                  {c.work.venue ? (
                    <SelectLink sel={{ kind: 'venue', id: c.work.venue.id }} className="venue-link">
                      {c.work.venue.label}
                    </SelectLink>
                  ) : null}
                  <SelectLink sel={{ kind: 'work', id: c.work.id }}>Work details</SelectLink>
                </p>
              </div>
            ) : (
              <div>
                <p className="unlisted-note" data-testid="unlisted-work">
                  Cited as [{c.number}], but the reference list has no entry for this number.
                </p>
                <SelectLink sel={{ kind: 'work', id: c.work.id }}>Show the unlisted work</SelectLink>
              </div>
            )}
          </li>
        ))}
      </ol>
      <ConceptLinks title="Concepts" concepts={claim.concepts} />
    </article>
  );
}
