/*
 * Headers on every response the web server sends: pages, API answers and static files
 * (next.config.ts). The CSP allows only what the app itself serves.
 *
 * Scripts: Next.js puts the page's data in inline <script> tags (React's flight data, and with it
 * the explorer's first graph). They need either 'unsafe-inline' or a per-request nonce. A nonce
 * means a proxy on every page request and every page rendered per request, the prerendered 404
 * page included, which would otherwise run none of its scripts. The app loads no third-party
 * script and renders article text only through React's escaping, so 'unsafe-inline' is kept and
 * the policy does its work elsewhere: no script, frame, object or connection to any other origin,
 * no <base>, no framing of our pages.
 * 'unsafe-eval' is for the dev server only (React rebuilds server error stacks with eval there).
 * Styles: React and Cytoscape set style attributes, which only 'unsafe-inline' allows.
 * Images: data: and blob: for the PNG and SVG exports.
 */
export function contentSecurityPolicy(options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(options: { dev: boolean }): { key: string; value: string }[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Older browsers that ignore frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    // The app's URLs name articles and claims; other sites need not learn them.
    { key: 'Referrer-Policy', value: 'same-origin' },
  ];
}
