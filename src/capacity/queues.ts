// Allocation-free containers for the simulation's hot loop: memory follows
// the live backlog (queued tickets, busy agents), never the ticket count.

/** FIFO of numbers (arrival times) in a growable ring buffer. */
export class RingQueue {
  private buf: Float64Array;
  private head = 0;
  private count = 0;

  constructor(initialCapacity = 64) {
    this.buf = new Float64Array(Math.max(1, initialCapacity));
  }

  get size(): number {
    return this.count;
  }

  /** Oldest value; only valid when size > 0. */
  peek(): number {
    return this.buf[this.head]!;
  }

  push(value: number): void {
    if (this.count === this.buf.length) this.grow();
    const cap = this.buf.length;
    const at = this.head + this.count;
    this.buf[at < cap ? at : at - cap] = value;
    this.count++;
  }

  /** Removes and returns the oldest value; only valid when size > 0. */
  shift(): number {
    const v = this.buf[this.head]!;
    this.head = this.head + 1 === this.buf.length ? 0 : this.head + 1;
    this.count--;
    return v;
  }

  /** Calls fn on every queued value, oldest first, without removing them. */
  forEach(fn: (value: number) => void): void {
    const cap = this.buf.length;
    for (let i = 0; i < this.count; i++) {
      const at = this.head + i;
      fn(this.buf[at < cap ? at : at - cap]!);
    }
  }

  private grow(): void {
    const next = new Float64Array(this.buf.length * 2);
    for (let i = 0; i < this.count; i++) next[i] = this.buf[(this.head + i) % this.buf.length]!;
    this.buf = next;
    this.head = 0;
  }
}

/** Binary min-heap of numbers (completion times) with a fixed capacity. */
export class MinHeap {
  private readonly heap: Float64Array;
  private count = 0;

  constructor(capacity: number) {
    this.heap = new Float64Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  /** Smallest value, or Infinity when empty (an event that never comes). */
  peek(): number {
    return this.count > 0 ? this.heap[0]! : Infinity;
  }

  push(value: number): void {
    if (this.count === this.heap.length) throw new RangeError('MinHeap is full');
    const h = this.heap;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = h[parent]!;
      if (p <= value) break;
      h[i] = p;
      i = parent;
    }
    h[i] = value;
  }

  /** Removes the smallest value (read it with peek first); only valid when size > 0. Returns nothing: a returned double would be boxed when the call is not inlined. */
  pop(): void {
    const h = this.heap;
    const last = h[--this.count]!;
    const n = this.count;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && h[right]! < h[child]!) child = right;
      const c = h[child]!;
      if (c >= last) break;
      h[i] = c;
      i = child;
    }
    if (n > 0) h[i] = last;
  }
}

/**
 * Min-heap of timed events that carry two numbers and a small integer (a follow-up
 * touch: when it is due, the ticket's arrival time, its tier, and the clock minutes
 * it was paused). Grows with the live events only. `pop` leaves the removed event's
 * number, integer and second number in `popped` (a typed array, so nothing is
 * allocated per event).
 */
export class EventHeap {
  private times = new Float64Array(64);
  private values = new Float64Array(64);
  private tags = new Int32Array(64);
  private extras = new Float64Array(64);
  private count = 0;
  readonly popped = new Float64Array(3);

  get size(): number {
    return this.count;
  }

  /** Earliest time, or Infinity when empty. */
  peek(): number {
    return this.count > 0 ? this.times[0]! : Infinity;
  }

  push(time: number, value: number, tag: number, extra = 0): void {
    if (this.count === this.times.length) this.grow();
    const { times, values, tags, extras } = this;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (times[parent]! <= time) break;
      times[i] = times[parent]!;
      values[i] = values[parent]!;
      tags[i] = tags[parent]!;
      extras[i] = extras[parent]!;
      i = parent;
    }
    times[i] = time;
    values[i] = value;
    tags[i] = tag;
    extras[i] = extra;
  }

  /** Removes the earliest event (its time is peek()) into `popped`; only valid when size > 0. */
  pop(): void {
    const { times, values, tags, extras } = this;
    this.popped[0] = values[0]!;
    this.popped[1] = tags[0]!;
    this.popped[2] = extras[0]!;
    const n = --this.count;
    const lastTime = times[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && times[child + 1]! < times[child]!) child++;
      if (times[child]! >= lastTime) break;
      times[i] = times[child]!;
      values[i] = values[child]!;
      tags[i] = tags[child]!;
      extras[i] = extras[child]!;
      i = child;
    }
    if (n > 0) {
      times[i] = lastTime;
      values[i] = values[n]!;
      tags[i] = tags[n]!;
      extras[i] = extras[n]!;
    }
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    const values = new Float64Array(size);
    const tags = new Int32Array(size);
    const extras = new Float64Array(size);
    times.set(this.times);
    values.set(this.values);
    tags.set(this.tags);
    extras.set(this.extras);
    this.times = times;
    this.values = values;
    this.tags = tags;
    this.extras = extras;
  }
}
