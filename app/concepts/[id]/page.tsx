import type { Metadata } from 'next';
import { decodePathSegment } from '@/lib/http/decode-path-segment';
import { ConceptView } from '../_components/concept-view';
import '../../audit/audit.css';
import '../../_shared/detail-page.css';

export const metadata: Metadata = { title: 'Concept · Claimtrace' };

/** /concepts/<id>: the evidence for one concept across every article. */
export default async function ConceptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ConceptView id={decodePathSegment(id)} />;
}
