import { DISCREDITED_KINDS, SOURCE_BADGE_LABELS, type SourceFindingKind } from '@/lib/schemas/sources';

/** A source finding in words and colour (never colour alone); the severe ones in red. */
export function SourceBadge({ kind, title }: { kind: SourceFindingKind; title?: string }) {
  const severity = DISCREDITED_KINDS.includes(kind) ? 'bad' : kind === 'doi_suggested' ? 'info' : 'warn';
  return (
    <span className={`source-badge source-badge-${severity}`} data-source={kind} title={title}>
      {SOURCE_BADGE_LABELS[kind]}
    </span>
  );
}
