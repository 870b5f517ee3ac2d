import { isWhitespace, trimEndOf } from '@/lib/text/scan';
import { isFraming } from './claim-framing';
import type { BlockKind, ClaimKind } from './graph-document';
import { stripMarkers } from './markers';

/**
 * What a sentence is, by a deliberately simple rule (tested on the seed article):
 * - question: it ends with "?" (quotes and markers aside);
 * - other: it ends with ":" and so introduces what follows ("Here are some telltale signs:"), or
 *   it frames the text itself ("In this article we…", "We hope that…", a legend's key: see
 *   claim-framing.ts);
 * - advice: it starts with a bare imperative verb ("Lead with compassion.", "Avoid criticism"),
 *   possibly after "Please", "Always", "Never", "Don't" or a leading "If/When ..., " clause
 *   ("When he does express emotions, ... appreciatively acknowledge it.");
 * - assertion: everything else.
 * The verb list is closed on purpose: a word like "Research" or "Studies" must never read as an
 * order, and a missed imperative only makes a sentence an assertion (which the audit then asks to
 * back), the safe side.
 */
const IMPERATIVES = new Set(
  `accept acknowledge allow apologize apologise appreciate ask assess attend avoid be begin build
  add breathe call check choose commit consider create cultivate cut decide demonstrate discuss do
  drink drop eat encourage expect explain explore express extend find focus forgive get give go help
  imagine invite join keep lead learn leave let limit listen look make model move notice offer pay plan
  practice practise prioritize prioritise protect put reach read realize realise recognize recognise
  reduce reflect reinforce remember remind replace respect schedule see seek set share show sleep speak
  stand start stay stop suggest support swap switch take talk tell think trust try turn use validate
  wait walk watch work write`.split(/\s+/),
);

const LEAD_INS = new Set([
  'please',
  'always',
  'never',
  'dont',
  'do',
  'just',
  'simply',
  'first',
  'then',
  'finally',
]);
const SUBORDINATE = /^(?:if|when|whenever|once|before|after|while|unless|until|as)\b/i;

const isClosing = (c: string) => isWhitespace(c) || `"'”’»)`.includes(c);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
}

/** "Sleep is not a luxury.", "Support can help": the would-be verb is really the subject. */
const SUBJECT_FOLLOWERS = new Set(
  'is are was were has have had can could may might must will would should does did isnt arent'.split(' '),
);

/**
 * "Sleep improves memory", "Work causes stress", "Practice affects the brain": a verb in the third
 * person after the would-be imperative makes it the subject of an assertion. A noun-led assertion
 * is never advice; the cost is an order followed by a plural noun ("Set limits") read as an
 * assertion, the safe side. A possessive ("couple’s") is no verb.
 */
function isThirdPersonVerb(raw: string | undefined): boolean {
  if (!raw || /['’]/.test(raw)) return false;
  const w = raw.toLowerCase().replace(/[^a-z]/g, '');
  return w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w);
}

function startsWithImperative(clause: string): boolean {
  const w = words(clause);
  // "Please" opens an order whatever verb follows ("Please view this article again").
  if (w[0] === 'please' && w.length > 1) return true;
  let i = 0;
  while (i < w.length - 1 && LEAD_INS.has(w[i] ?? '')) i++;
  if (SUBJECT_FOLLOWERS.has(w[i + 1] ?? '')) return false;
  if (i === 0 && isThirdPersonVerb(clause.trim().split(/\s+/)[1])) return false;
  // An "-ly" adverb may stand before the verb: "appreciatively acknowledge it".
  if ((w[i] ?? '').endsWith('ly') && IMPERATIVES.has(w[i + 1] ?? '')) return true;
  return IMPERATIVES.has(w[i] ?? '');
}

export function classifyClaim(text: string, _block?: BlockKind): ClaimKind {
  const bare = trimEndOf(stripMarkers(text), isClosing);
  if (bare.endsWith('?')) return 'question';
  if (bare.endsWith(':')) return 'other';
  if (isFraming(bare)) return 'other';
  if (startsWithImperative(bare)) return 'advice';
  if (SUBORDINATE.test(bare)) {
    const main = bare.split(',').slice(1);
    // The main clause comes after the subordinate one; its first comma-free part without a subject.
    if (main.some((part) => startsWithImperative(part))) return 'advice';
  }
  return 'assertion';
}
