/**
 * Where a chip placed at the window's edge may sit: pure geometry over the boxes of the page's
 * own controls (anything that takes a click or focus), so the chip never covers one. Viewport
 * pixels throughout.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Room kept between the chip and the page's controls or the window's edge. */
export const CLEARANCE = 4;

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * A spot for a chip of `size` at the window's `side` edge, clear of every obstacle by CLEARANCE:
 * the free stretch of that edge's column nearest its bottom (where the chip used to sit), so a
 * compose window or a toast opening there pushes it up to the next free gap, never under it.
 */
export function edgeSpot(side: 'right' | 'left', size: Size, viewport: Size, obstacles: readonly Box[]): Box | undefined {
  const left = side === 'right' ? viewport.width - size.width - CLEARANCE : CLEARANCE;
  if (left < CLEARANCE) return undefined;
  const column = { left: left - CLEARANCE, width: size.width + 2 * CLEARANCE };
  const blocked = obstacles
    .filter((o) => o.left < column.left + column.width && column.left < o.left + o.width)
    .map((o) => [o.top - CLEARANCE, o.top + o.height + CLEARANCE] as const)
    .sort((a, b) => b[1] - a[1]);
  // From the bottom up: below each obstacle (lowest first) lies a free stretch down to the last one's top.
  let floor = viewport.height - CLEARANCE;
  for (const [top, bottom] of blocked) {
    if (floor - Math.max(bottom, CLEARANCE) >= size.height) break;
    floor = Math.min(floor, top);
  }
  const top = floor - size.height;
  return top >= CLEARANCE ? { left, top, width: size.width, height: size.height } : undefined;
}

/** True when `box` lies inside the window and clear of every obstacle. */
export function isFree(box: Box, viewport: Size, obstacles: readonly Box[]): boolean {
  const inside = box.left >= 0 && box.top >= 0 && box.left + box.width <= viewport.width && box.top + box.height <= viewport.height;
  return inside && !obstacles.some((o) => overlaps(box, o));
}
