const LABELS = {
  reading: 'Reading the file',
  uploading: 'Uploading',
  parsing: 'Reading the article',
} as const;

/** The steps of sending an article that take a while; a stage may carry the share done. */
type SendingStage = { step: string; fraction?: number };

/** Where a preview, a save or a comparison has got to; a bar while the share done is known. */
export function StageLine({ stage }: { stage: SendingStage }) {
  if (stage.step !== 'reading' && stage.step !== 'uploading' && stage.step !== 'parsing') return null;
  const label = LABELS[stage.step];
  const value = stage.fraction;
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
