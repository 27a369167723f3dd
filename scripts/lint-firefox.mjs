// Mozilla's add-on linter (web-ext lint, the checks addons.mozilla.org runs) over the Firefox
// build. Passes with no error and no warning except the ones explained below, each checked against
// the build so an explanation cannot outlive its reason. Run after `wxt build -b firefox`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMain, localBin, repoRoot, run } from './lib/process.mjs';

export const firefoxBuild = path.join(repoRoot, '.output', 'firefox-mv3');

/**
 * Warnings we accept, each with why and a check that the reason still holds for this finding.
 * Anything else the linter reports fails the step.
 */
const explained = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's renderer assigns innerHTML only for the dangerouslySetInnerHTML prop, which our code never uses (eslint forbids it and any innerHTML assignment in lib/, components/, entrypoints/).",
    holds: (finding) => finding.file?.startsWith('chunks/') && sourceAround(finding).includes('dangerouslySetInnerHTML'),
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    why: 'Firefox for Android is not a target (it has no sidebar); desktop Firefox 140, the ESR, supports data_collection_permissions.',
    holds: (finding) => finding.file === 'manifest.json' && /data_collection_permissions/.test(finding.description ?? ''),
  },
];

/** 400 characters of the bundled file around the finding. */
function sourceAround(finding) {
  const lines = readFileSync(path.join(firefoxBuild, finding.file), 'utf8').split('\n');
  const line = lines[(finding.line ?? 1) - 1] ?? '';
  const column = finding.column ?? 0;
  return line.slice(Math.max(0, column - 200), column + 200);
}

export async function lintFirefox() {
  if (!existsSync(path.join(firefoxBuild, 'manifest.json'))) {
    console.error(`${path.relative(repoRoot, firefoxBuild)} is missing: run \`npx wxt build -b firefox\` first.`);
    return false;
  }
  const { code, output } = await run(localBin('web-ext'), ['lint', '--source-dir', firefoxBuild, '--output', 'json', '--no-input'], { quiet: true });
  let report;
  try {
    report = JSON.parse(output.slice(output.indexOf('{')));
  } catch {
    console.error(`web-ext lint gave no JSON report (exit ${code}):\n${output}`);
    return false;
  }
  const findings = [...report.errors, ...report.warnings, ...report.notices.map((notice) => ({ ...notice, notice: true }))];
  const unexplained = [];
  for (const finding of findings) {
    const reason = report.errors.includes(finding) ? undefined : explained.find((entry) => entry.code === finding.code && entry.holds(finding));
    const where = [finding.file, finding.line, finding.column].filter((part) => part !== undefined && part !== null).join(':');
    if (reason) console.log(`  explained  ${finding.code} ${where}: ${reason.why}`);
    else if (finding.notice) console.log(`  notice     ${finding.code} ${where}: ${finding.message}`);
    else unexplained.push(`  ${report.errors.includes(finding) ? 'ERROR  ' : 'WARNING'}  ${finding.code} ${where}: ${finding.message}\n             ${finding.description ?? ''}`);
  }
  console.log(`web-ext lint: ${report.summary.errors} error(s), ${report.summary.warnings} warning(s), ${report.summary.notices} notice(s).`);
  if (unexplained.length > 0) {
    console.error(`Not accepted:\n${unexplained.join('\n')}`);
    return false;
  }
  return true;
}

if (isMain(import.meta.url)) process.exit((await lintFirefox()) ? 0 : 1);
