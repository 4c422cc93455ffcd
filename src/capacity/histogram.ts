// Bounded-memory wait histogram (HDR-style log-linear bins), so percentiles
// of 18 million waits cost a few kilobytes instead of 18 million numbers.
//
// Precision: waits are counted in 1/16-second units. Below 8 s each unit has
// its own bin; above, every doubling is split into 64 bins, so a reported
// percentile (the bin's midpoint, clamped to the exact min and max; exactly 0
// when it falls among waits of 0) is within
// ±1/32 s below 8 s and within ±0.8 % above. Waits past ~4 years share one
// overflow bin. Count and max are exact (means are summed per batch, in run-stats.ts).

const UNITS_PER_MINUTE = 960; // 1/16 s
const LINEAR = 128; // bins of one unit each
const SUB = 64; // bins per doubling above LINEAR
const TOP_EXPONENT = 30; // largest exponent below 2^31 units
const OVERFLOW = LINEAR + (TOP_EXPONENT - 6) * SUB;
const BINS = OVERFLOW + 1;

export class WaitHistogram {
  readonly counts = new Float64Array(BINS);
  count = 0;
  /** Waits of exactly 0 (answered on arrival): counted apart so such percentiles read 0, not half a bin. */
  zeros = 0;
  minMinutes = Infinity;
  maxMinutes = 0;

  record(minutes: number): void {
    const m = minutes > 0 ? minutes : 0;
    if (m === 0) this.zeros++;
    this.counts[binOf(m)]!++;
    this.count++;
    if (m > this.maxMinutes) this.maxMinutes = m;
    if (m < this.minMinutes) this.minMinutes = m;
  }

  /** record(values[i]): read from a typed array, so no double is boxed for a call the compiler does not inline (run-stats.ts). */
  recordAt(values: Float64Array, i: number): void {
    this.record(values[i]!);
  }

  recordZero(): void {
    this.zeros++;
    this.counts[0]!++;
    this.count++;
    this.minMinutes = 0;
  }

  merge(other: WaitHistogram): void {
    for (let i = 0; i < BINS; i++) this.counts[i]! += other.counts[i]!;
    this.count += other.count;
    this.zeros += other.zeros;
    this.maxMinutes = Math.max(this.maxMinutes, other.maxMinutes);
    this.minMinutes = Math.min(this.minMinutes, other.minMinutes);
  }

  /** Nearest-rank percentile in minutes (p in [0, 1]); 0 when empty. */
  quantile(p: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(p * this.count));
    if (rank <= this.zeros) return 0;
    let seen = 0;
    for (let i = 0; i < BINS; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) {
        if (i === OVERFLOW) return this.maxMinutes;
        const [low, width] = binBounds(i);
        const mid = (low + width / 2) / UNITS_PER_MINUTE;
        return Math.min(this.maxMinutes, Math.max(this.minMinutes, mid));
      }
    }
    return this.maxMinutes;
  }
}

function binOf(minutes: number): number {
  const scaled = minutes * UNITS_PER_MINUTE;
  if (!(scaled < 2147483648)) return OVERFLOW; // also catches Infinity
  const u = scaled | 0;
  if (u < LINEAR) return u;
  const e = 31 - Math.clz32(u); // 7 … 30
  return LINEAR + (e - 7) * SUB + ((u >>> (e - 6)) - SUB);
}

/** [lower edge, width] of bin i, in units. */
function binBounds(i: number): [number, number] {
  if (i < LINEAR) return [i, 1];
  const e = 7 + Math.floor((i - LINEAR) / SUB);
  const sub = SUB + ((i - LINEAR) % SUB);
  const width = 2 ** (e - 6);
  return [sub * width, width];
}
