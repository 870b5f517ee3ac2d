import { describe, expect, it } from 'vitest';
import { ApiError, retryOnce } from './fetch-json';

describe('retryOnce', () => {
  it('asks once more after network trouble or a 500', () => {
    expect(retryOnce(0, new ApiError(0, 'unreachable'))).toBe(true);
    expect(retryOnce(0, new ApiError(500, 'oops'))).toBe(true);
    expect(retryOnce(0, new TypeError('bad reply'))).toBe(true);
    expect(retryOnce(1, new ApiError(500, 'oops'))).toBe(false);
  });

  it('does not ask again after a 503 (the server has retried the database) or a 4xx', () => {
    expect(retryOnce(0, new ApiError(503, 'unavailable'))).toBe(false);
    expect(retryOnce(0, new ApiError(404, 'no such article'))).toBe(false);
    expect(retryOnce(0, new ApiError(400, 'bad parameter'))).toBe(false);
  });
});
