/**
 * Percentiles of measured times in bounded memory. Nearest rank: the p-th percentile is the
 * smallest measured time t such that at least p of the measurements are at most t (rank
 * ⌈p·n⌉ in sorted order). Exact while a cell holds at most EXACT_LIMIT values; past that the
 * values move into the capacity engine's log-linear histogram (within ±0.8 %) and `exact` says so.
 */
import { WaitHistogram } from '../capacity/histogram.js';

export const EXACT_LIMIT = 16_384;

export class Quantiles {
  private values: Float64Array | undefined = new Float64Array(64);
  private n = 0;
  private histogram: WaitHistogram | undefined;

  get count(): number {
    return this.n;
  }

  get exact(): boolean {
    return this.histogram === undefined;
  }

  add(seconds: number): void {
    if (this.histogram) {
      this.histogram.record(seconds / 60);
    } else if (this.n < EXACT_LIMIT) {
      if (this.n === this.values!.length) {
        const grown = new Float64Array(this.n * 2);
        grown.set(this.values!);
        this.values = grown;
      }
      this.values![this.n] = seconds;
    } else {
      this.histogram = new WaitHistogram();
      for (let i = 0; i < this.n; i++) this.histogram.record(this.values![i]! / 60);
      this.values = undefined;
      this.histogram.record(seconds / 60);
    }
    this.n++;
  }

  /** Nearest-rank percentile in seconds (p in (0, 1]); null when empty. */
  quantile(p: number): number | null {
    if (this.n === 0) return null;
    if (this.histogram) return this.histogram.quantile(p) * 60;
    const sorted = this.values!.subarray(0, this.n).slice().sort();
    return sorted[Math.max(1, Math.ceil(p * this.n)) - 1]!;
  }
}
