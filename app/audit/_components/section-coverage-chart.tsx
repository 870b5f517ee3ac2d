import type { SectionCoverage } from '@/lib/schemas/audit-report';
import { percent } from './audit-summary';

/**
 * Coverage by section as CSS bars inside a table: screen readers get the numbers as table cells,
 * sighted readers the bars. Sections with nothing that needs evidence say so instead of 0%.
 */
export function SectionCoverageChart({ sections }: { sections: SectionCoverage[] }) {
  return (
    <section aria-labelledby="by-section-heading">
      <h2 id="by-section-heading">Coverage by section</h2>
      <table className="coverage-chart">
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Backed</th>
            <th scope="col">Coverage</th>
          </tr>
        </thead>
        <tbody>
          {sections.map((s) => (
            <tr key={s.section_id}>
              <th scope="row">{s.section}</th>
              <td>
                {s.backed} / {s.claims}
              </td>
              <td>
                {s.coverage === null ? (
                  <span className="muted">nothing needs evidence</span>
                ) : (
                  <span className="coverage-bar">
                    <span
                      className="coverage-fill"
                      style={{ width: `${s.coverage * 100}%` }}
                      aria-hidden="true"
                    />
                    <span className="coverage-label">{percent(s.coverage)}</span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
