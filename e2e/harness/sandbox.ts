import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { Scenario } from '../../sandbox/core/scenario';
import type { HeldCall } from '../../sandbox/core/slow-fault';
import type { RequestLogEntry } from '../../sandbox/core/world';
import { defaultScenario, localBin, repoRoot } from './paths';
import { sandboxRequest } from './sandbox-http';

export type { HeldCall, Scenario, RequestLogEntry };

export interface RunningSandbox {
  port: number;
  /** base64(sha256(SPKI)) of the sandbox's self-signed certificate. */
  spki: string;
  /** Every hostname the sandbox answers (Chromium maps each of them to 127.0.0.1:port). */
  hosts: string[];
  /** The world as it is now (GET https://sandbox.test/state). */
  state(): Promise<Scenario>;
  /** Replace the world (PUT /state); throws with the sandbox's message when it rejects the scenario. */
  putState(scenario: Scenario): Promise<void>;
  /**
   * The request log, newest last (GET /requests). With `since` (a seq from lastSeq()), only what
   * came after it: a test reads its own traffic, not that of the worlds before it in the file.
   */
  requests(since?: number): Promise<RequestLogEntry[]>;
  /** The newest logged request's seq (0 before any): mark it, act, then read requests(mark). */
  lastSeq(): Promise<number>;
  /** Calls x.slowOn is holding right now, in flight (GET /held; sandbox/scenarios/README.md). */
  held(): Promise<HeldCall[]>;
  /** Lets held call `id` (or every held call) go on now (POST /held/release); resolves with how many. */
  release(id?: number): Promise<number>;
  /** SIGTERM, then wait for the process to exit. */
  stop(): Promise<void>;
}

export interface StartSandboxOptions {
  /** Scenario file; default sandbox/scenarios/demo.json. Relative paths resolve from the repo root. */
  scenario?: string;
  /** 0 (default) lets the OS choose a free port. */
  port?: number;
  /** How long to wait for the ready line; the first run compiles TypeScript on 2 slow cores. */
  readyTimeoutMs?: number;
  /** The sandbox entry point; default sandbox/cli.ts. Lets the harness be tried against a stand-in. */
  cli?: string;
}

interface ReadyLine {
  port: number;
  spki: string;
  hosts: string[];
}

/** Starts `tsx sandbox/cli.ts --scenario <file> --port <n>` and waits for its JSON ready line. */
export async function startSandbox(opts: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const scenario = path.resolve(repoRoot, opts.scenario ?? defaultScenario);
  const child = spawn(localBin('tsx'), [opts.cli ?? process.env.INBOXLINK_SANDBOX_CLI ?? 'sandbox/cli.ts', '--scenario', scenario, '--port', String(opts.port ?? 0)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text: string) => {
    // Keep the tail only: enough to explain a crash, bounded for long runs.
    stderr = (stderr + text).slice(-20_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ? null : code)));

  const ready = await new Promise<ReadyLine>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    const timer = setTimeout(() => fail(`no ready line within ${opts.readyTimeoutMs ?? 30_000} ms`), opts.readyTimeoutMs ?? 30_000);
    function fail(why: string): void {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(new Error(`sandbox failed to start (${why}).\nstderr:\n${stderr || '(empty)'}`));
    }
    lines.on('line', (line) => {
      const parsed = parseReadyLine(line);
      if (!parsed) return; // Tolerate stray log lines before the JSON line.
      clearTimeout(timer);
      // Keep draining stdout so the sandbox never blocks on a full pipe.
      child.stdout.resume();
      resolve(parsed);
    });
    void exited.then((code) => fail(`exited early with code ${code}`));
    child.once('error', (error) => fail(error.message));
  });

  const target = { port: ready.port, spki: ready.spki };
  return {
    ...ready,
    async state() {
      return JSON.parse(expectOk(await sandboxRequest(target, 'GET', '/state'), 'GET /state')) as Scenario;
    },
    async putState(next) {
      expectOk(await sandboxRequest(target, 'PUT', '/state', JSON.stringify(next)), 'PUT /state');
    },
    async requests(since) {
      const query = since === undefined ? '' : `?since=${since}`;
      return JSON.parse(expectOk(await sandboxRequest(target, 'GET', `/requests${query}`), `GET /requests${query}`)) as RequestLogEntry[];
    },
    async lastSeq() {
      // The log only grows at its end: the newest entry is the last one.
      const log = JSON.parse(expectOk(await sandboxRequest(target, 'GET', '/requests'), 'GET /requests')) as RequestLogEntry[];
      return log.at(-1)?.seq ?? 0;
    },
    async held() {
      return JSON.parse(expectOk(await sandboxRequest(target, 'GET', '/held'), 'GET /held')) as HeldCall[];
    },
    async release(id) {
      const query = id === undefined ? '' : `?id=${id}`;
      return (JSON.parse(expectOk(await sandboxRequest(target, 'POST', `/held/release${query}`), 'POST /held/release')) as { released: number }).released;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

function parseReadyLine(line: string): ReadyLine | undefined {
  if (!line.trimStart().startsWith('{')) return undefined;
  try {
    const value = JSON.parse(line) as Partial<ReadyLine>;
    if (typeof value.port === 'number' && typeof value.spki === 'string' && Array.isArray(value.hosts)) {
      return { port: value.port, spki: value.spki, hosts: value.hosts };
    }
  } catch {
    // Not JSON: a log line.
  }
  return undefined;
}

function expectOk(response: { status: number; body: string }, what: string): string {
  if (response.status < 200 || response.status >= 300) {
    throw new Error(`sandbox ${what} answered ${response.status}: ${response.body}`);
  }
  return response.body;
}
