/*
 * Debian's Chromium (no Playwright browser download here) and the flags every headless run uses:
 * no sandbox (root in a container), no GPU, and none of the background traffic that would make a
 * run wait on the network. Shared by the e2e tests (playwright.config.ts) and the drawing bench.
 */
export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
