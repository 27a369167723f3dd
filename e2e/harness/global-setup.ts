import { assertBuildExists, buildExtension } from './build';

/**
 * Runs once before all e2e files: build the production extension so every test loads the same
 * artefact users get. INBOXLINK_SKIP_BUILD=1 skips it when the caller just built (npm test does).
 */
export default function setup(): void {
  if (process.env.INBOXLINK_SKIP_BUILD !== '1') buildExtension();
  assertBuildExists();
}
