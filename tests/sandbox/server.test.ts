import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../sandbox/core/scenario';
import { gmailHost } from '../../sandbox/hosts/gmail';
import { sandboxTestHost } from '../../sandbox/hosts/sandbox-test';
import { startSandboxServer, type SandboxServer } from '../../sandbox/server';
import { fetchAs } from './https-client';

// The in-process part runs on this file's own module list; the CLI part runs the real registry.
vi.mock('../../sandbox/hosts/index', () => ({ hostModules: [] }));

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const scenario: Scenario = {
  portal: { id: 5, name: 'Server test' },
  users: [{ id: '1', email: 'ann@server.example', firstName: 'Ann', lastName: 'Lee' }],
  signedIn: { gmail: 'ann@server.example' },
};

describe('startSandboxServer', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    server = await startSandboxServer(scenario, { modules: [sandboxTestHost, gmailHost] });
  });
  afterAll(() => server.close());

  it('serves each host by its Host header with a cert whose SANs cover it', async () => {
    const gmail = await fetchAs(server.port, 'mail.google.com', '/mail/u/0/', { ca: server.cert });
    expect(gmail.status).toBe(200);
    expect(gmail.body).toContain('<title>Inbox (3) - ann@server.example - Gmail</title>');
    const state = await fetchAs(server.port, 'sandbox.test', '/state', { ca: server.cert });
    expect(JSON.parse(state.body)).toEqual(scenario);
  });

  it('reports the SPKI hash of the certificate it serves', async () => {
    const answer = await fetchAs(server.port, 'sandbox.test', '/requests');
    expect(server.spki).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(answer.servedSpki).toBe(server.spki);
  });

  it('passes request bodies and logs the traffic', async () => {
    const put = await fetchAs(server.port, 'sandbox.test', '/state', { method: 'PUT', body: '{"portal":{"id":5},"users":[]}' });
    expect(put.status).toBe(400);
    expect(put.body).toContain('/portal/name is required');
    await fetchAs(server.port, 'mail.google.com', '/');
    const log = JSON.parse((await fetchAs(server.port, 'sandbox.test', '/requests')).body);
    expect(log.at(-1)).toMatchObject({ method: 'GET', host: 'mail.google.com', path: '/', status: 302 });
  });
});

/** Starts the CLI and resolves with its one stdout line, parsed. */
function startCli(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; ready: { port: number; spki: string; hosts: string[] }; stdoutLines: string[] }> {
  const child = spawn(tsx, ['sandbox/cli.ts', ...args], { cwd: root });
  const stdoutLines: string[] = [];
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`cli exited ${code} before ready: ${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      stdoutLines.push(line);
      if (stdoutLines.length === 1) resolve({ child, ready: JSON.parse(line), stdoutLines });
    });
  });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('sandbox CLI', () => {
  it('prints one JSON line, serves the demo over HTTPS and exits 0 on SIGTERM', async () => {
    const { child, ready, stdoutLines } = await startCli(['--port', '0']);
    const exited = exitOf(child);
    try {
      expect(ready.port).toBeGreaterThan(0);
      expect(ready.hosts).toEqual(expect.arrayContaining(['sandbox.test', 'mail.google.com', 'outlook.office.com', 'api.hubapi.com']));
      const state = await fetchAs(ready.port, 'sandbox.test', '/state');
      expect(state.servedSpki).toBe(ready.spki);
      expect(JSON.parse(state.body).portal.id).toBe(4480123);
      const gmail = await fetchAs(ready.port, 'mail.google.com', '/mail/u/0/');
      expect(gmail.body).toMatch(/<title>Inbox \(\d+\) - [^<]+ - Gmail<\/title>/);
    } finally {
      child.kill('SIGTERM');
    }
    expect((await exited).code).toBe(0);
    expect(stdoutLines).toHaveLength(1);
  });

  it('refuses a bad scenario naming the field, exit 1', async () => {
    const bad = join(root, 'tests/sandbox/fixtures/bad-status.json');
    expect(existsSync(bad)).toBe(true);
    const child = spawn(tsx, ['sandbox/cli.ts', '--scenario', bad, '--port', '0'], { cwd: root });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const { code, stderr } = await exitOf(child);
    expect(code).toBe(1);
    expect(stderr).toContain('/users/1/status must be one of active, deactivated, removed');
    expect(stdout).toBe('');
  });
});
