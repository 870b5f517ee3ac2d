import type { Metadata } from 'next';
import { decodePathSegment } from '@/lib/http/decode-path-segment';
import { WorkView } from '../_components/work-view';
import '../../audit/audit.css';
import '../../_shared/detail-page.css';

export const metadata: Metadata = { title: 'Work · Claimtrace' };

/** /works/<id>: one cited work across every article. */
export default async function WorkPageRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <WorkView id={decodePathSegment(id)} />;
}
