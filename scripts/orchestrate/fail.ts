import { EnvError } from '@/lib/env';
import { UnreachableError, WrongPasswordError } from '../neo4j/connectivity';
import { PortInUseError, StartFailedError } from '../neo4j/local-neo4j';
import { PrerequisiteError } from '../neo4j/prerequisites';
import { StepFailedError } from './run-child';

/** Errors whose message is the whole story: no stack trace, which would only bury it. */
const known = [
  EnvError,
  PrerequisiteError,
  PortInUseError,
  StartFailedError,
  WrongPasswordError,
  UnreachableError,
];

/** Prints the error for a person and ends the process with a non-zero code. */
export function failAndExit(error: unknown): never {
  if (error instanceof StepFailedError) {
    console.error(`error: ${error.message}`);
    process.exit(error.exitCode);
  }
  const isKnown = known.some((k) => error instanceof k);
  const text =
    error instanceof Error ? (isKnown ? error.message : (error.stack ?? error.message)) : String(error);
  console.error(`error: ${text}`);
  process.exit(1);
}
