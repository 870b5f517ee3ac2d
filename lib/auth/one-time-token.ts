import { secretEquals } from './secret-equals';

export interface OneTimeToken {
  /** True the first time the right token is given, false ever after and for any other value. */
  redeem(given: string): boolean;
}

/** A token that opens one browser session; none at all when `expected` is unset. */
export function oneTimeToken(expected: string | undefined): OneTimeToken {
  let used = false;
  return {
    redeem(given) {
      if (used || !expected || !secretEquals(given, expected)) return false;
      used = true;
      return true;
    },
  };
}
