import { describe, expect, it } from 'vitest';
import { CLEARANCE, edgeSpot, isFree, overlaps, type Box } from '../../lib/inbox/placement';

const VIEWPORT = { width: 400, height: 700 };
const CHIP = { width: 50, height: 28 };
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });

describe('a spot at the window’s edge', () => {
  it('is the lowest free one, clear of the window’s edge', () => {
    expect(edgeSpot('right', CHIP, VIEWPORT, [])).toEqual(box(400 - 50 - CLEARANCE, 700 - 28 - CLEARANCE, 50, 28));
    expect(edgeSpot('left', CHIP, VIEWPORT, [])).toEqual(box(CLEARANCE, 700 - 28 - CLEARANCE, 50, 28));
  });

  it('moves above a compose window at the bottom, and skips a gap between controls too small for it', () => {
    const compose = box(8, 220, 384, 480);
    const header = box(0, 0, 400, 64);
    const spot = edgeSpot('right', CHIP, VIEWPORT, [compose, header]);
    expect(spot).toEqual(box(346, 220 - CLEARANCE - 28, 50, 28));
    expect(spot && [compose, header].some((o) => overlaps(o, spot))).toBe(false);
    // A gap just too small for the chip with its clearance is skipped.
    const tight = box(0, 150, 400, 40);
    const narrow = edgeSpot('right', CHIP, VIEWPORT, [compose, header, box(0, 64 + 28 + 2 * CLEARANCE - 1, 400, 40), tight]);
    expect(narrow).toBeUndefined();
  });

  it('ignores controls that do not cross its column, and finds none when the column is full', () => {
    expect(edgeSpot('right', CHIP, VIEWPORT, [box(0, 0, 300, 700)])?.top).toBe(700 - 28 - CLEARANCE);
    expect(edgeSpot('right', CHIP, VIEWPORT, [box(0, 0, 400, 700)])).toBeUndefined();
    expect(edgeSpot('right', { width: 500, height: 28 }, VIEWPORT, [])).toBeUndefined();
  });
});

it('a spot is free when inside the window and touching no control', () => {
  const spot = box(100, 100, 50, 28);
  expect(isFree(spot, VIEWPORT, [box(150, 100, 10, 10), box(0, 0, 100, 100)])).toBe(true);
  expect(isFree(spot, VIEWPORT, [box(149, 127, 10, 10)])).toBe(false);
  expect(isFree(box(380, 100, 50, 28), VIEWPORT, [])).toBe(false);
});
