import { classifyClaim } from '@/lib/ingest/claim-kind';

export interface LabelledSentence {
  text: string;
  label: string;
  needsEvidence: boolean;
}

export interface NeedsEvidenceScore {
  sentences: number;
  precision: number;
  recall: number;
  missed: LabelledSentence[];
  overAsked: LabelledSentence[];
}

/** "Needs evidence" is the kind "assertion": scored against sentences labelled by hand. */
export function scoreNeedsEvidence(sentences: readonly LabelledSentence[]): NeedsEvidenceScore {
  const rows = sentences.map((s) => ({ s, asked: classifyClaim(s.text) === 'assertion' }));
  const tp = rows.filter((r) => r.asked && r.s.needsEvidence).length;
  const overAsked = rows.filter((r) => r.asked && !r.s.needsEvidence).map((r) => r.s);
  const missed = rows.filter((r) => !r.asked && r.s.needsEvidence).map((r) => r.s);
  return {
    sentences: sentences.length,
    precision: tp + overAsked.length === 0 ? 1 : tp / (tp + overAsked.length),
    recall: tp + missed.length === 0 ? 1 : tp / (tp + missed.length),
    missed,
    overAsked,
  };
}
