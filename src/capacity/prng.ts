// Seeded pseudo-random numbers: results must be identical for a seed on any
// machine, so nothing here touches Math.random or the host.

/** One step of splitmix32: a good 32-bit mixer, used to spread seeds. */
export function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Seed for replication `index` of a run seeded with `seed`: distinct, stable streams. */
export function deriveSeed(seed: number, index: number): number {
  return splitmix32(splitmix32(seed >>> 0) ^ Math.imul(index + 1, 0x632be5ab));
}

/**
 * xoshiro128** (Blackman & Vigna): fast, 2^128 − 1 period, passes BigCrush.
 * 32-bit integer arithmetic only, so every engine produces the same stream.
 */
export class Xoshiro128 {
  // The state in a typed array, not in four fields: an int32 word past 2^30 is no small
  // integer to V8 (they have 31 bits), so each store of one into a field allocated a number,
  // several per draw. A typed array stores the same bits in place.
  private readonly s = new Int32Array(4);

  constructor(seed: number) {
    // Expand the seed with splitmix32 so nearby seeds give unrelated states.
    let x = seed >>> 0;
    const s = this.s;
    for (let i = 0; i < 4; i++) s[i] = x = splitmix32(x);
    if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[3] = 1; // all-zero state is a fixed point
  }

  /** A generator with an explicit state, e.g. to check against reference vectors. */
  static fromState(a: number, b: number, c: number, d: number): Xoshiro128 {
    const g = new Xoshiro128(0);
    g.s.set([a, b, c, d]);
    return g;
  }

  nextUint32(): number {
    const s = this.s;
    const b = s[1]!;
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    s[2]! ^= s[0]!;
    s[3]! ^= b;
    s[1] = b ^ s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return result >>> 0;
  }

  /** Uniform in the open interval (0, 1): never 0, so −log(u) is finite. */
  nextOpen(): number {
    return (this.nextUint32() + 0.5) * 2.3283064365386963e-10; // 2^-32
  }

  /** Fills `out` with the next nextOpen() values, in order: the same stream, drawn a block at a time. */
  fillOpen(out: Float64Array): void {
    for (let i = 0; i < out.length; i++) out[i] = (this.nextUint32() + 0.5) * 2.3283064365386963e-10;
  }

  /** Exponential variate with the given mean (inverse transform). */
  nextExponential(mean: number): number {
    return -Math.log(this.nextOpen()) * mean;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
