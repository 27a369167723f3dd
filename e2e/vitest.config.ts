import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build in Debian's Chromium against the local sandbox.
// Each file starts its own sandbox and browser. Files run one at a time by default (2 cores:
// Chromium and the sandbox already use both); INBOXLINK_E2E_WORKERS=2 runs two files at once.
const workers = Math.min(Math.max(Number(process.env.INBOXLINK_E2E_WORKERS) || 1, 1), 2);

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/harness/global-setup.ts'],
    pool: 'forks',
    fileParallelism: workers > 1,
    maxWorkers: workers,
    minWorkers: 1,
    // Generous: a cold Chromium on a busy 2-core CI runner can take seconds per step.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // One retry would hide real flakiness; we want to see it.
    retry: 0,
  },
});
