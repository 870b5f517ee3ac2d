import { error as driverErrors, Neo4jError } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiErrorBodySchema } from '@/lib/schemas/details';
import { badRequest, errorResponse, notFoundResponse } from './handler';

describe('errorResponse', () => {
  it('answers 503 with a Retry-After for the driver telling the database is unavailable', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = new Neo4jError(
      'connection refused',
      driverErrors.SERVICE_UNAVAILABLE,
      '08000',
      'connection exception',
    );
    const response = errorResponse(error);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(apiErrorBodySchema.parse(await response.json()).error).toContain('unavailable');
    log.mockRestore();
  });

  it('answers 500 without internals for anything else', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = errorResponse(new Error('secret detail at /internal/path'));
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(apiErrorBodySchema.parse(body).error).toBe('Something went wrong on the server.');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe('badRequest and notFoundResponse', () => {
  it('list each zod issue with its path, in the one error body shape', async () => {
    const parsed = z.object({ slug: z.string().min(3) }).safeParse({ slug: 'x' });
    if (parsed.success) throw new Error('expected a parse failure');
    const response = badRequest(parsed.error, 'Invalid parameters');
    expect(response.status).toBe(400);
    const body = apiErrorBodySchema.parse(await response.json());
    expect(body.error).toBe('Invalid parameters');
    expect(body.issues?.map((i) => i.path)).toEqual(['slug']);
  });

  it('answers 404 with the message people read', async () => {
    const response = notFoundResponse('No article has the slug "x".');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'No article has the slug "x".' });
  });
});
