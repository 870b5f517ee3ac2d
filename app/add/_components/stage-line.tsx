import type { Stage } from './use-add-article';

const LABELS = {
  reading: 'Reading the file',
  uploading: 'Uploading',
  parsing: 'Reading the article',
} as const;

/** Where a preview or a save has got to; a bar while the share done is known. */
export function StageLine({ stage }: { stage: Stage }) {
  if (stage.step !== 'reading' && stage.step !== 'uploading' && stage.step !== 'parsing') return null;
  const label = LABELS[stage.step];
  const value = 'fraction' in stage ? stage.fraction : undefined;
  return (
    <p className="stage-line" aria-live="polite">
      <span>
        {label}
        {value === undefined ? '…' : ` ${Math.round(value * 100)}%`}
      </span>
      <progress aria-label={label} max={1} value={value} />
    </p>
  );
}
