/**
 * npm run sandbox -- [--scenario <file>] [--port <n>] [--verbose]
 *
 * Contract (scripts and e2e tests depend on it): when ready, exactly one line on stdout,
 *   {"port": N, "spki": "<base64>", "hosts": ["api.hubapi.com", ...]}
 * and nothing else on stdout. Diagnostics go to stderr. A bad scenario prints the message naming
 * the offending field to stderr and exits 1. SIGTERM / SIGINT close the server and exit 0.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ScenarioError, readScenarioFile } from './core/validate-scenario';

const USAGE = 'usage: npm run sandbox -- [--scenario <file>] [--port <n>] [--verbose]';
const DEFAULT_SCENARIO = fileURLToPath(new URL('./scenarios/demo.json', import.meta.url));

async function main(): Promise<number> {
  // Listen before the slow start (imports, certificate) so an early SIGTERM still exits cleanly.
  // (The server and every host module load below, by dynamic import, for the same reason.)
  let stopping = false;
  const stopRequested = new Promise<void>((resolve) => {
    const stop = () => {
      stopping = true;
      resolve();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: DEFAULT_SCENARIO },
      port: { type: 'string', default: '0' },
      verbose: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`sandbox: --port must be an integer from 0 to 65535, got ${values.port}`);
    return 1;
  }

  const scenario = await readScenarioFile(values.scenario);
  const { startSandboxServer } = await import('./server');
  const server = await startSandboxServer(scenario, {
    port,
    onRequest: values.verbose ? (line) => console.error(`sandbox: ${line}`) : undefined,
  });
  if (!stopping) process.stdout.write(`${JSON.stringify({ port: server.port, spki: server.spki, hosts: server.hosts })}\n`);
  if (values.verbose) console.error(`sandbox: serving ${values.scenario} on https://127.0.0.1:${server.port}`);

  await stopRequested;
  await server.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ScenarioError) console.error(error.message);
    else if (isNodeError(error) && error.code?.startsWith('ERR_PARSE_ARGS')) console.error(`sandbox: ${error.message}\n${USAGE}`);
    else if (isNodeError(error) && error.code === 'ENOENT') console.error(`sandbox: no such file: ${error.path}`);
    else console.error('sandbox:', error);
    process.exit(1);
  },
);

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
