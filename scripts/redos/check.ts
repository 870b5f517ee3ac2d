import { check, type Diagnostics } from 'recheck';
import type { FoundRegex } from './collect';

/*
 * recheck decides whether a pattern can backtrack super-linearly: by automata theory where the
 * pattern allows it, by guided fuzzing where it does not (lookarounds, back-references), a search
 * that can miss an attack but never invents one. It runs in its own native process (the
 * recheck-linux-x64 package; a Java or pure-JavaScript backend otherwise). No overall time limit:
 * on a busy machine a limit would turn a slow answer into "unknown", and a flaky failure.
 */
const PARAMS = { timeout: null, randomSeed: 0 } as const;

export interface Verdict {
  regex: FoundRegex;
  status: Diagnostics['status'] | 'not evaluated';
  /** "2nd degree polynomial: '['.repeat(54773)" and the like, for the failure message. */
  detail: string;
}

export async function checkPattern(source: string, flags: string): Promise<Diagnostics> {
  return check(source, flags, PARAMS);
}

function summary(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}, attack ${d.attack.pattern}`;
  if (d.status === 'unknown') return `could not decide (${d.error.kind})`;
  return d.complexity.summary;
}

/** One verdict per regex, in order; a source that could not be evaluated is not checked. */
export async function checkRegexes(found: readonly FoundRegex[]): Promise<Verdict[]> {
  const verdicts: Verdict[] = [];
  for (const regex of found) {
    if (regex.source === null || regex.flags === null) {
      verdicts.push({ regex, status: 'not evaluated', detail: 'the source is not made of constants' });
      continue;
    }
    const d = await checkPattern(regex.source, regex.flags);
    verdicts.push({ regex, status: d.status, detail: summary(d) });
  }
  return verdicts;
}
