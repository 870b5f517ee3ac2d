import { isRetryableError, Neo4jError } from 'neo4j-driver';

/*
 * What a driver error means for the caller, from the error's code (never its wording, except the
 * one case below where the driver gives none). Pure, so that it is shared by the API's error
 * mapping, the loader and the CLIs; the integration tests feed it errors a real Neo4j raised.
 */

/**
 * A transaction needed more memory than Neo4j lets transactions use (dbms.memory.transaction.total.max
 * for all of them at once, db.memory.transaction.max for one), or the heap ran out. Neo4j classes
 * these as transient, since other transactions may free the shared pool, but the database is up:
 * the write was too large for it (docs/decisions/012-large-articles.md).
 */
const OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

export function isOutOfMemory(error: unknown): boolean {
  return error instanceof Neo4jError && OUT_OF_MEMORY.has(error.code);
}

/**
 * A connection that could not be had within connectionAcquisitionTimeout: the server accepted the
 * connection but never answered the handshake, or every pooled connection stayed busy. The driver
 * raises this one without a code ('N/A', the code of its own generic errors), so its wording is
 * the only thing that tells it apart.
 */
function isAcquisitionTimeout(error: Neo4jError): boolean {
  return error.code === 'N/A' && error.message.startsWith('Connection acquisition timed out');
}

/**
 * True for driver errors that mean "the database cannot serve us right now": not there, not
 * answering, refusing our credentials, or a transient conflict the driver's retries did not clear
 * (asking again later may work). Not a memory limit: the database is up, the work was too large.
 */
export function isDriverUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError) || isOutOfMemory(error)) return false;
  return isRetryableError(error) || error.code.startsWith('Neo.ClientError.Security.') || isAcquisitionTimeout(error);
}
