import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

const directives = (csp: string) =>
  new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('securityHeaders', () => {
  it('allows no eval in production, and the dev server its eval only', () => {
    expect(directives(contentSecurityPolicy({ dev: false })).get('script-src')).toEqual([
      "'self'",
      "'unsafe-inline'",
    ]);
    expect(directives(contentSecurityPolicy({ dev: true })).get('script-src')).toContain("'unsafe-eval'");
  });

  it('forbids framing and other origins, and lets the exports make data: and blob: images', () => {
    const csp = directives(contentSecurityPolicy({ dev: false }));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('sends nosniff, DENY framing and a same-origin referrer policy', () => {
    const headers = Object.fromEntries(securityHeaders({ dev: false }).map((h) => [h.key, h.value]));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Referrer-Policy']).toBe('same-origin');
  });
});
