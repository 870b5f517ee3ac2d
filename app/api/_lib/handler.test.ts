import { error as driverErrors, Neo4jError } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { failure } from './respond';

describe('failure', () => {
  it('answers 503 for the driver telling the database is unavailable', async () => {
    const error = new Neo4jError(
      'connection refused',
      driverErrors.SERVICE_UNAVAILABLE,
      '08000',
      'connection exception',
    );
    expect(error).toBeInstanceOf(Neo4jError);
    const response = failure(error, 'test');
    expect(response.status).toBe(503);
    expect((await response.json()).error).toBe('database_unavailable');
  });

  it('answers 500 without internals for anything else', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = failure(new Error('secret detail at /internal/path'), 'test');
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('secret');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
