// One replication of the discrete-event queue simulation: the hot loop. Events are arrivals
// (Poisson, piecewise-constant rate), slot releases (a min-heap of times), follow-ups becoming
// due (a heap of timed events: after the reply, or once a pending customer answers) and staffing
// changes (a step function). Nothing is allocated per ticket: a waiting item is a few floats in
// ring buffers (waiting-line.ts), a busy slot one float, a random number one float of a block of
// 1,024. The modelling choices are in src/capacity/README.md ("Simulation", "Staffing"). A
// handling time is drawn when handling starts, so its milestones are known and measured then.
//
// The state lives in a class, not in closures: V8 then keeps one optimised copy of the loop for
// every replication and channel. The times of the event in hand live in fields and the methods
// between them take small integers (a tier, a cell): a double passed to or returned from a call
// the compiler does not inline is boxed, once most of the garbage the simulation made.
import { MS_PER_HOUR, type SpanClock } from './wait-clock.js';
import { EventHeap, MinHeap } from './queues.js';
import { Xoshiro128 } from './prng.js';
import { observeFirstTouch, type SimulationPlan, type TicketObserver } from './simulation-input.js';
import { ACKNOWLEDGE, FIRST_RESPONSE, RESOLUTION, RunStats } from './run-stats.js';
import { WaitingLine } from './waiting-line.js';
import { censorLeftovers } from './run-censor.js';

export interface ReplicationStats {
  stats: RunStats;
  /** Most items waiting for an agent at once, all tiers together. */
  peakBacklog: number;
  /** Tickets that arrived (measured or not). */
  arrivals: number;
}

const CHUNK_MS = 24 * MS_PER_HOUR;
/** Uniforms drawn from the generator at once: the same stream, in the same order, as one at a time. */
const BLOCK = 1024;

export function runReplication(plan: SimulationPlan, seed: number): ReplicationStats {
  return new Replication(plan, seed).run();
}

class Replication {
  private readonly rng: Xoshiro128;
  private readonly block = new Float64Array(BLOCK);
  private drawn = BLOCK;
  private readonly clock: SpanClock;
  private readonly stats: RunStats;
  private readonly observer: TicketObserver | undefined;
  private readonly waiting: WaitingLine;
  private readonly busy: MinHeap;
  private readonly due = new EventHeap();
  private readonly followUps: boolean;
  private readonly firstTouchMs: number;
  private readonly followUpMs: number;
  /** Where the first cell starts. */
  private readonly cellsFromMs: number;
  /** The event in hand. */
  private now = 0;
  /** The ticket an agent takes next: its arrival; a follow-up's queueing time and clock minutes paused; when its reply is sent. */
  private ticketMs = 0;
  private sinceMs = 0;
  private pausedMinutes = 0;
  private doneMs = 0;
  /** When the customer answers the reply of the ticket in hand (its follow-up is due). */
  private answerMs = 0;
  private nextStaff = 0;
  private slots = 0;
  /** Index of the staffing in force (its availability is read from the plan's typed array). */
  private staffNow = -1;
  private nextStaffMs = Infinity;
  private step = 0;
  private stepEndMs = 0;
  private nextArrivalMs = Infinity;
  private arrivals = 0;

  constructor(private readonly plan: SimulationPlan, seed: number) {
    this.rng = new Xoshiro128(seed);
    this.clock = plan.clock;
    this.observer = plan.observer;
    this.stats = new RunStats(plan);
    this.waiting = new WaitingLine(plan.serveOrder, plan.priorities, this.stats.peakBacklog);
    this.busy = new MinHeap(plan.maxSlots);
    this.followUps = plan.followUps;
    this.firstTouchMs = plan.meanServiceMs * (plan.sync ? 1 : 1 - plan.followUpShare);
    this.followUpMs = plan.meanServiceMs * plan.followUpShare;
    this.stepEndMs = Math.min(plan.startMs + plan.stepMs, plan.endMs);
    this.cellsFromMs = Math.max(plan.measureFromMs, plan.startMs);
  }

  run(): ReplicationStats {
    const { plan } = this;
    // Staffing in force at startMs, and the next change point.
    this.nextStaffMs = plan.staffAtMs.length > 0 ? plan.staffAtMs[0]! : Infinity;
    while (this.nextStaffMs <= plan.startMs) this.changeStaff();
    this.now = plan.startMs;
    this.drawArrival();
    for (let until = plan.startMs + CHUNK_MS; this.advance(Math.min(until, plan.drainUntilMs)); until += CHUNK_MS);
    censorLeftovers(this.plan, this.waiting, this.due, this.stats, (arrivalMs) => this.cellOf(arrivalMs));
    return { stats: this.stats, peakBacklog: this.waiting.peak, arrivals: this.arrivals };
  }

  /** Handles every event before untilMs; false once nothing more can be measured. */
  private advance(untilMs: number): boolean {
    const { busy, due, waiting } = this;
    const drainUntilMs = this.plan.drainUntilMs;
    for (;;) {
      const release = busy.peek();
      const dueMs = this.followUps ? due.peek() : Infinity;
      const arrival = this.nextArrivalMs;
      if (arrival <= release && arrival <= this.nextStaffMs && arrival <= dueMs) {
        if (arrival === Infinity) return false; // nothing left that can happen
        if (arrival >= untilMs) return true;
        this.now = arrival;
        this.arrive();
        continue;
      }
      const now = Math.min(release, this.nextStaffMs, dueMs);
      if (now >= drainUntilMs) return false;
      if (now >= untilMs) return true;
      this.now = now;
      if (dueMs === now) this.followUpDue();
      else if (release === now) busy.pop();
      else this.changeStaff();
      while (waiting.size > 0 && busy.size < this.slots) this.startNextWaiting();
      // After the last arrival, once nothing waits or is due nothing more is measured.
      if (waiting.size === 0 && due.size === 0 && this.nextArrivalMs === Infinity) return false;
    }
  }

  /** The generator's next uniform in (0, 1). */
  private uniform(): number {
    if (this.drawn === BLOCK) {
      this.rng.fillOpen(this.block);
      this.drawn = 0;
    }
    return this.block[this.drawn++]!;
  }

  /** The wait from `fromMs` to `toMs` in the SLA's clock into the stats' span (small enough to be inlined: no double crosses the clock's call). */
  private measure(fromMs: number, toMs: number): void {
    const span = this.stats.span;
    span[0] = fromMs;
    span[1] = toMs;
    this.clock.measure(span);
  }

  /** The cell (of a batch) a measured ticket counts in, by its arrival. */
  private cellOf(arrivalMs: number): number {
    const cells = this.stats.cells;
    return cells === 1 ? 0 : Math.min(cells - 1, Math.floor((arrivalMs - this.cellsFromMs) / this.plan.cellMs));
  }

  /** Puts the next change point in force. */
  private changeStaff(): void {
    const { staffAtMs, staffSlots } = this.plan;
    this.staffNow = this.nextStaff++;
    this.slots = staffSlots[this.staffNow]!;
    this.nextStaffMs = this.nextStaff < staffAtMs.length ? staffAtMs[this.nextStaff]! : Infinity;
  }

  /** The next arrival after `now`: exponential gaps at the step's rate; on crossing a step edge the draw restarts there (memorylessness makes that exact). */
  private drawArrival(): void {
    const { meanGapMs, endMs, stepMs } = this.plan;
    let t = this.now;
    while (this.step < meanGapMs.length) {
      const candidate = t + -Math.log(this.uniform()) * meanGapMs[this.step]!;
      if (candidate < this.stepEndMs) {
        this.nextArrivalMs = candidate;
        return;
      }
      t = this.stepEndMs;
      this.step++;
      this.stepEndMs = Math.min(this.stepEndMs + stepMs, endMs);
      if (t >= endMs) break;
    }
    this.nextArrivalMs = Infinity;
  }

  private arrive(): void {
    const { plan } = this;
    const now = this.now;
    this.arrivals++;
    const u = this.uniform();
    let tier = 0;
    while (u > plan.cumulativeShare[tier]!) tier++;
    if (now >= plan.measureFromMs) this.acknowledge(tier);
    // Free slots imply empty queues (they are filled as soon as they free up).
    if (this.busy.size < this.slots) {
      this.ticketMs = now;
      this.startFirst(tier);
    } else this.waiting.addNew(tier, now);
    this.drawArrival();
  }

  /** Counts a measured arrival; async, triage acknowledges it now if anyone is on shift, else when the next person comes on. */
  private acknowledge(tier: number): void {
    const { plan, stats } = this;
    const now = this.now;
    const cell = this.cellOf(now);
    stats.tickets[tier * stats.cells + cell]!++;
    this.observer?.arrived(tier, now);
    if (plan.sync) return;
    const track = stats.track(tier, ACKNOWLEDGE);
    if (this.slots > 0) {
      this.observer?.acknowledged(now, now);
      stats.recordZero(track, cell);
      return;
    }
    const next = this.nextStaff < plan.staffAtMs.length ? plan.nextStaffed[this.nextStaff]! : -1;
    const ackMs = next >= 0 ? plan.staffAtMs[next]! : Infinity;
    const reached = ackMs < plan.drainUntilMs;
    if (reached) this.observer?.acknowledged(now, ackMs);
    this.measure(now, reached ? ackMs : plan.drainUntilMs);
    if (reached) stats.record(track, cell);
    else stats.recordCensored(track, cell);
  }

  /** An agent takes ticket `ticketMs` now: the reply (async) or the end of the call (sync) follows after the handling. */
  private startFirst(tier: number): void {
    const { plan, stats } = this;
    const now = this.now;
    const arrivalMs = this.ticketMs;
    const handling = -Math.log(this.uniform()) * this.firstTouchMs;
    // The agent is away for the rest of the slot's time: the item holds it for handling ÷ availability.
    this.busy.push(now + handling / plan.staffAvailability[this.staffNow]!);
    const doneMs = (this.doneMs = now + handling);
    const resolves = !this.followUps || !this.followUpAfter(tier);
    if (arrivalMs < plan.measureFromMs) return;
    if (this.observer) observeFirstTouch(this.observer, plan.sync, resolves, arrivalMs, now, doneMs, resolves ? doneMs : this.answerMs);
    const cell = this.cellOf(arrivalMs);
    if (now - arrivalMs > stats.oldestWaitMs[tier]!) stats.oldestWaitMs[tier] = now - arrivalMs;
    if (plan.sync) {
      // Answered now: acknowledged and first response at once (one track).
      const answered = stats.track(tier, FIRST_RESPONSE);
      if (now === arrivalMs) stats.recordZero(answered, cell);
      else {
        this.measure(arrivalMs, now);
        stats.record(answered, cell);
      }
      this.measure(arrivalMs, doneMs);
      stats.record(stats.track(tier, RESOLUTION), cell);
      return;
    }
    // Replied when the handling ends; without follow-ups that resolves it too (one track).
    this.measure(arrivalMs, doneMs);
    stats.record(stats.track(tier, FIRST_RESPONSE), cell);
    if (resolves && this.followUps) stats.record(stats.track(tier, RESOLUTION), cell);
  }

  /** The follow-up after the reply at `doneMs`: due when the customer answers (if asked), else at once with a follow-up share; false if none. */
  private followUpAfter(tier: number): boolean {
    const { plan } = this;
    let dueMs = this.doneMs;
    if (plan.replyShare > 0 && this.uniform() < plan.replyShare) dueMs += -Math.log(this.uniform()) * plan.replyWaitMs;
    else if (plan.followUpShare === 0) return false;
    let paused = 0;
    if (plan.pauseWhilePending && dueMs > this.doneMs) {
      this.measure(this.doneMs, Math.min(dueMs, plan.drainUntilMs));
      paused = this.stats.span[2]!;
    }
    this.due.push((this.answerMs = dueMs), this.ticketMs, tier, paused);
    return true;
  }

  /** An agent takes the follow-up of ticket `ticketMs`, queued since `sinceMs`; it is resolved when the handling ends. */
  private startFollowUp(tier: number): void {
    const { plan, stats } = this;
    const now = this.now;
    // Customers' answers alone take no handling: the handle time stays on the first reply.
    const handling = this.followUpMs > 0 ? -Math.log(this.uniform()) * this.followUpMs : 0;
    this.busy.push(now + handling / plan.staffAvailability[this.staffNow]!);
    const arrivalMs = this.ticketMs;
    if (arrivalMs < plan.measureFromMs) return;
    if (now - this.sinceMs > stats.oldestWaitMs[tier]!) stats.oldestWaitMs[tier] = now - this.sinceMs;
    this.measure(arrivalMs, now + handling);
    stats.span[2] = stats.span[2]! - this.pausedMinutes;
    stats.record(stats.track(tier, RESOLUTION), this.cellOf(arrivalMs));
    this.observer?.resolved(arrivalMs, now + handling);
  }

  private followUpDue(): void {
    const { due } = this;
    due.pop();
    const tier = due.popped[1]!;
    this.ticketMs = due.popped[0]!;
    this.pausedMinutes = due.popped[2]!;
    if (this.busy.size < this.slots) {
      this.sinceMs = this.now;
      this.startFollowUp(tier);
    } else this.waiting.addFollowUp(tier, this.ticketMs, this.now, this.pausedMinutes);
  }

  /** An agent takes the item the waiting line gives next. */
  private startNextWaiting(): void {
    const { waiting } = this;
    const tier = waiting.take();
    this.ticketMs = waiting.ticketMs;
    this.sinceMs = waiting.sinceMs;
    this.pausedMinutes = waiting.pausedMinutes;
    if (waiting.followUp) this.startFollowUp(tier);
    else this.startFirst(tier);
  }
}
