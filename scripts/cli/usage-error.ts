/** A command called wrongly (bad option, nothing to work on): its message is all a person needs. */
export class UsageError extends Error {
  override name = 'UsageError';
}
