import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths';

/**
 * The Chrome build of the commit this one replaces on main — what users have installed before an
 * update: the merge base with `main` on a branch, the first parent on main itself (CI's clone).
 * Built once per commit from `git archive` in a temporary folder (with this checkout's
 * node_modules) and cached in node_modules/.cache, so later runs cost nothing.
 */
export function previousBuild(): { sha: string; dir: string } {
  const sha = previousCommit();
  const cached = path.join(repoRoot, 'node_modules', '.cache', 'inboxlink-previous', sha, 'chrome-mv3');
  if (existsSync(path.join(cached, 'manifest.json'))) return { sha, dir: cached };
  const work = mkdtempSync(path.join(os.tmpdir(), 'inboxlink-previous-'));
  try {
    run('sh', ['-c', `git archive ${sha} | tar -x -C '${work}'`], repoRoot);
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'), 'dir');
    run(path.join(work, 'node_modules', '.bin', 'wxt'), ['build'], work);
    mkdirSync(path.dirname(cached), { recursive: true });
    cpSync(path.join(work, '.output', 'chrome-mv3'), cached, { recursive: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { sha, dir: cached };
}

function previousCommit(): string {
  const head = git('rev-parse', 'HEAD');
  const base = git('rev-parse', '--verify', '--quiet', 'main') ? git('merge-base', 'HEAD', 'main') : '';
  const sha = base && base !== head ? base : git('rev-parse', '--verify', '--quiet', 'HEAD^1');
  if (!sha) throw new Error('no previous commit to update from: HEAD has no parent (a shallow clone? fetch with history)');
  return sha;
}

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}
