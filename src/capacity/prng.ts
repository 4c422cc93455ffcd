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
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // Expand the seed with splitmix32 so nearby seeds give unrelated states.
    // The state is kept as int32 (| 0): same bits, but always small integers to V8, so
    // the generator's optimised code is not thrown away when a word passes 2^31.
    let s = seed >>> 0;
    this.a = (s = splitmix32(s)) | 0;
    this.b = (s = splitmix32(s)) | 0;
    this.c = (s = splitmix32(s)) | 0;
    this.d = splitmix32(s) | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1; // all-zero state is a fixed point
  }

  /** A generator with an explicit state, e.g. to check against reference vectors. */
  static fromState(a: number, b: number, c: number, d: number): Xoshiro128 {
    const g = new Xoshiro128(0);
    [g.a, g.b, g.c, g.d] = [a | 0, b | 0, c | 0, d | 0];
    return g;
  }

  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result >>> 0;
  }

  /** Uniform in the open interval (0, 1): never 0, so −log(u) is finite. */
  nextOpen(): number {
    return (this.nextUint32() + 0.5) * 2.3283064365386963e-10; // 2^-32
  }

  /** Exponential variate with the given mean (inverse transform). */
  nextExponential(mean: number): number {
    return -Math.log(this.nextOpen()) * mean;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
