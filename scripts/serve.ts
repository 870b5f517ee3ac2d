import './load-env';
import { Command, Option } from 'commander';
import { failAndExit } from './orchestrate/fail';
import { serveApp } from './orchestrate/serve-app';

/*
 * npm run dev / npm run serve: `next dev` or `next start` (of an existing build) on HOST:PORT,
 * loopback unless HOST says otherwise, printing the one-time sign-in link as `npm start` does.
 */
const program = new Command('serve')
  .addOption(new Option('--mode <mode>', 'dev server or production build').choices(['dev', 'start']))
  .showHelpAfterError()
  .parse();
const mode = program.opts<{ mode?: 'dev' | 'start' }>().mode ?? 'start';

serveApp(mode, { NEXT_TELEMETRY_DISABLED: '1', ...process.env }, mode === 'dev' ? '[dev]' : '[serve]').then(
  (code) => process.exit(code),
  failAndExit,
);
