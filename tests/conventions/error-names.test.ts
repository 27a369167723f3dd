import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The production build minifies class names, so an error's `name` must be a string literal in
 * its class: code that recognises errors by name (lib/sync/errors.ts) would otherwise see "pe"
 * instead of "AuthExpiredError" in the shipped extension (found by e2e/sync-faults.e2e.ts).
 */
const files = execFileSync('git', ['ls-files', 'lib/**/*.ts'], { encoding: 'utf8' }).split('\n').filter(Boolean);

describe('error classes name themselves with a literal', () => {
  const classes = files.flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    return [...source.matchAll(/export class (\w+) extends (?:Error|ApiError)\b[^{]*\{([\s\S]*?)\n\}/g)].map((m) => ({ file, name: m[1] ?? '', body: m[2] ?? '' }));
  });

  it('finds the error classes', () => {
    expect(classes.length).toBeGreaterThan(10);
  });

  it.each(classes.map((c) => [`${c.file} ${c.name}`, c] as const))('%s', (_label, { name, body }) => {
    const literal = new RegExp(`name = '${name}'`);
    expect(literal.test(body), `${name} must set name = '${name}'`).toBe(true);
  });
});
