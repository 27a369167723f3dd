/**
 * `npm start`'s headless run, as a newcomer without a display gets it (issue 16, "First run"): the
 * built extension against the demo world, the first day played through the options form and
 * HubSpot's pages, and screenshots whose side panel holds a linked, a broken and a half-unlinked
 * mailbox and the plan in progress. The session script is the one scripts/start.mjs runs after its
 * build (the e2e global set-up has built the same production extension), so a demo step that breaks
 * fails here instead of on a newcomer's first day.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localBin, repoRoot } from './harness/paths';

const RUN_TIMEOUT_MS = 150_000;
let artifactsDir: string | undefined;

afterAll(async () => {
  if (artifactsDir) await rm(artifactsDir, { recursive: true, force: true });
});

/** Runs the headless session to its end; its exit code and everything it printed. */
function runStartSession(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' };
    const child = spawn(localBin('tsx'), ['scripts/start-session.ts', '--headless'], { cwd: repoRoot, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm start's session did not end within ${RUN_TIMEOUT_MS} ms:\n${output}`));
    }, RUN_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('npm start (headless)', () => {
  it('plays the first day and writes screenshots of a linked, a broken and a half-unlinked mailbox and the plan', { timeout: RUN_TIMEOUT_MS + 10_000 }, async () => {
    const { code, output } = await runStartSession();
    artifactsDir = /Screenshots are in (\S+)\/\n/.exec(output)?.[1];
    if (artifactsDir) artifactsDir = path.resolve(repoRoot, artifactsDir);

    expect(output, 'a step of the session failed').not.toContain('✘');
    expect(code, output).toBe(0);
    expect(output).toMatch(/unlinking \S+@\S+ started: HubSpot's side done/);
    const listed = /side panel lists \d+ mailbox\(es\): (.+)\n/.exec(output)?.[1] ?? '';
    for (const status of ['linked', 'broken', 'half-unlinked']) expect(listed).toMatch(new RegExp(`\\d+ ${status}(,|$)`));
    expect(output).toMatch(/side panel plan for \S+@\S+: in progress/);

    const screenshots = [...output.matchAll(/^\s+(\.start-artifacts\/\S+\.png)$/gm)].map((match) => match[1] ?? '');
    expect(screenshots.map((file) => path.basename(file)).sort()).toEqual(['gmail.png', 'options.png', 'popup.png', 'sidepanel-plan.png', 'sidepanel.png', 'welcome.png']);
    for (const file of screenshots) expect(existsSync(path.join(repoRoot, file)), file).toBe(true);
  });
});
