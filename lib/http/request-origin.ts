/**
 * The origin a browser used to reach us: its scheme and the Host it asked for. request.url is no
 * guide: `next start` builds it from the address it listens on (127.0.0.1, not localhost), and
 * behind a TLS proxy it says http. A proxy states the browser's scheme in X-Forwarded-Proto; a page
 * of another site cannot set that header on a browser's request (it is not CORS-safelisted), so
 * trusting it cannot let another origin pass for ours.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const protocol = forwarded === 'https' || forwarded === 'http' ? `${forwarded}:` : url.protocol;
  return `${protocol}//${request.headers.get('host') ?? url.host}`;
}

/** Whether the browser reached us over HTTPS (directly or through a TLS proxy). */
export const isHttpsRequest = (request: Request): boolean => requestOrigin(request).startsWith('https:');
