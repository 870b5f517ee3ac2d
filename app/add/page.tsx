import type { Metadata } from 'next';
import { AddArticleView } from './_components/add-article-view';
import '../audit/audit.css';
import '../library/library.css';

export const metadata: Metadata = { title: 'Add an article · Claimtrace' };

/** /add: paste or drop an article, preview its audit with nothing written, then save it. */
export default function AddPage() {
  return <AddArticleView />;
}
