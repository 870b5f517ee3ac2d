import type { Metadata } from 'next';
import { LibraryView } from './_components/library-view';
import '../audit/audit.css';
import './library.css';

export const metadata: Metadata = { title: 'Library · Claimtrace' };

/** /library: every article loaded, sortable and filterable, each opened in any view. */
export default function LibraryPage() {
  return <LibraryView />;
}
