import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The overlay's style lives in a closed shadow root (no test can read the computed style), so
// this reads the rule from the source: the fallback button's label must stay readable (WCAG AA,
// 4.5:1 for normal text) whatever shade of the brand orange it uses.
const source = readFileSync(new URL('../../lib/guide/highlight/overlay.ts', import.meta.url), 'utf8');

function relativeLuminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('guide overlay colours', () => {
  it('the fallback "open the side panel" button has at least 4.5:1 text contrast', () => {
    const rule = /\.banner button \{([^}]*)\}/.exec(source)?.[1] ?? '';
    const background = /background:\s*(#[0-9a-f]{3,6})\b/i.exec(rule)?.[1];
    const color = /[^-]color:\s*(#[0-9a-f]{3,6})\b/i.exec(rule)?.[1];
    expect(background).toBeDefined();
    expect(color).toBeDefined();
    expect(contrast(background!, color!)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes the known ratio of black on white', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
  });
});
