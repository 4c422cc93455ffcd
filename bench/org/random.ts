// Seeded draws for the benchmark organisation. Each entity draws from a stream keyed by its own
// name, so adding entities (a larger scale) never changes the values of the ones already there.

export type Draw = () => number;

/** FNV-1a of the key seeds mulberry32: small, fast and the same on every machine. */
export function seeded(key: string): Draw {
  let state = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) state = Math.imul(state ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export const between = (draw: Draw, low: number, high: number): number => low + (high - low) * draw();

export const integer = (draw: Draw, low: number, high: number): number => Math.floor(between(draw, low, high + 1));

export function pick<T>(draw: Draw, items: readonly T[]): T {
  return items[Math.floor(draw() * items.length)]!;
}
