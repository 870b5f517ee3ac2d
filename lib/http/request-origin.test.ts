import { describe, expect, it } from 'vitest';
import { isHttpsRequest, requestOrigin } from './request-origin';

const request = (url: string, headers: Record<string, string>) => new Request(url, { headers });

describe('requestOrigin', () => {
  it('takes the Host the browser asked for, not the address the server listens on', () => {
    expect(requestOrigin(request('http://127.0.0.1:3000/api/articles', { host: 'localhost:3000' }))).toBe(
      'http://localhost:3000',
    );
  });

  it('takes the scheme a TLS proxy forwards, first value only', () => {
    const r = request('http://127.0.0.1:3000/x', {
      host: 'claims.example.org',
      'x-forwarded-proto': 'https, http',
    });
    expect(requestOrigin(r)).toBe('https://claims.example.org');
    expect(isHttpsRequest(r)).toBe(true);
  });

  it('ignores a forwarded scheme that is neither http nor https', () => {
    const r = request('http://127.0.0.1:3000/x', { host: 'a.test', 'x-forwarded-proto': 'javascript' });
    expect(requestOrigin(r)).toBe('http://a.test');
    expect(isHttpsRequest(r)).toBe(false);
  });
});
