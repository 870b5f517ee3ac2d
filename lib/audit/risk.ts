import { stripMarkers } from '@/lib/ingest/markers';

/**
 * How badly a sentence needs a citation. Each cue adds its weight once; an assertion starts at 1 so
 * that every uncited claim ranks above text that needs no evidence. Weights are documented in
 * docs/decisions/003-audit-rules.md; the order they produce matters more than their values.
 */

export interface RiskCue {
  reason: string;
  weight: number;
  test: (text: string) => boolean;
}

const RESEARCH =
  /\b(research|studies|study|scientists?|researchers?|experts?|evidence|psycholog(?:y|ists?)|according to|surveys?|data|findings?)\b/i;
// Digits that are not part of a citation marker, or number words that quantify.
const NUMBER = /(\d|\b(?:half|twice|double|triple|percent|majority|minority|one in|two in|three in)\b)/i;
const PERCENT = /(\d\s*%|\bper ?cent\b)/i;
const AUTHORITY_TITLE =
  /\b(?:Drs?|Prof|Professor|Doctor)\b\.?|\b(?:University|Institute|Association|Harvard|Stanford|Yale)\b/;
const CAUSAL =
  /\b(causes?|caused|causing|leads? to|led to|linked to|link(?:s|ed)? between|because|results? in|due to|stems? from|predicts?|contributes? to|triggers?|drives?|produces?|increases?|reduces?|decreases?|prevents?|makes? (?:him|her|them|you|men|women|people))\b/i;
const GENERALISATION = /\b(always|never|all|most|every|everyone|nobody|no one|proven|prove[sd]?)\b/i;


export const RISK_CUES: RiskCue[] = [
  { reason: 'appeals to research', weight: 3, test: (t) => RESEARCH.test(t) },
  { reason: 'states a percentage', weight: 3, test: (t) => PERCENT.test(t) },
  { reason: 'states a number', weight: 2, test: (t) => NUMBER.test(t) },
  { reason: 'names an authority', weight: 2, test: (t) => AUTHORITY_TITLE.test(t) },
  { reason: 'makes a causal claim', weight: 2, test: (t) => CAUSAL.test(t) },
  { reason: 'generalises', weight: 1, test: (t) => GENERALISATION.test(t) },
];

export interface Risk {
  risk: number;
  reasons: string[];
}

/**
 * `authorNames` are family names from the article's own reference list: a sentence naming one
 * ("Gottman found...") is leaning on an authority even without a title like "Dr.".
 */
export function assessRisk(text: string, authorNames: readonly string[] = []): Risk {
  const plain = stripMarkers(text);
  const reasons: string[] = [];
  let risk = 1;
  for (const cue of RISK_CUES) {
    if (cue.test(plain)) {
      // A percentage is also a number: count the stronger cue only.
      if (cue.reason === 'states a number' && reasons.includes('states a percentage')) continue;
      reasons.push(cue.reason);
      risk += cue.weight;
    }
  }
  if (!reasons.includes('names an authority') && namesAuthor(plain, authorNames)) {
    reasons.push('names an authority');
    risk += 2;
  }
  return { risk, reasons };
}

const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);

/**
 * `new RegExp(`\\b${escaped}\\b`).test(text)` without building a pattern from the entry's text
 * (a family name of a million characters made it "too large" and threw): each occurrence of the
 * name, with a word boundary on both sides as "\b" defines it.
 */
export function containsWord(text: string, word: string): boolean {
  const startBoundary = (at: number) => isWordChar(text[at - 1]) !== isWordChar(word[0]);
  const endBoundary = (at: number) => isWordChar(text[at]) !== isWordChar(word[word.length - 1]);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (startBoundary(at) && endBoundary(at + word.length)) return true;
  }
  return false;
}

function namesAuthor(text: string, authorNames: readonly string[]): boolean {
  return authorNames.some((name) => name.length >= 3 && containsWord(text, name));
}
