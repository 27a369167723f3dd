// Small helpers shared by scripts/*.mjs. Plain JavaScript on purpose: these run before
// node_modules (and so tsx) exist.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function localBin(name) {
  return path.join(repoRoot, 'node_modules', '.bin', name);
}

/** True when the module at `metaUrl` is the script node was started with. */
export function isMain(metaUrl) {
  return Boolean(process.argv[1]) && metaUrl === pathToFileURL(path.resolve(process.argv[1])).href;
}

/**
 * Runs a command from the repo root. `quiet` captures the output and returns it (so a step can show
 * it only when it fails); `tee` shows it live and also returns its tail; otherwise the child writes
 * straight to our terminal.
 * Resolves with { code, output }; never rejects for a non-zero exit.
 */
export function run(command, args, { quiet = false, tee = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const piped = quiet || tee;
    const child = spawn(command, args, {
      cwd: repoRoot,
      // A piped child sees no TTY; keep its colours when ours is one.
      env: { ...process.env, ...(tee && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...env },
      stdio: piped ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    const collect = (stream, echo) => stream?.on('data', (chunk) => {
      if (tee) echo.write(chunk);
      // `tee` keeps only the tail (enough for a summary line); `quiet` keeps everything to show on failure.
      output = tee ? (output + chunk).slice(-20_000) : output + chunk;
    });
    collect(child.stdout, process.stdout);
    collect(child.stderr, process.stderr);
    child.on('error', (error) => resolve({ code: 127, output: `${output}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

export function formatDuration(ms) {
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** Removes terminal colour codes, for parsing a child's output. */
export function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
