/**
 * One ticket measured on its channel's SLA clock: each metric's elapsed clock time from its
 * start (creation; a later customer message for a next response) to its milestone, less the
 * spans in the statuses the policy pauses that metric in (`pausedWhile`); a milestone not reached by `asOf` is open (a breach once past the
 * loosest target, else censored). Also compares with what the helpdesk measured, where it did.
 */
import type { MeasuredMetric, TicketRecord, VendorSla, WaitingStatus } from '../history/ticket-record.js';
import type { MetricCell } from './metric-cell.js';
import type { CrossCheck } from './measurement.js';
import type { SlaClock } from './sla-clock.js';

export type Cells = Partial<Record<MeasuredMetric, MetricCell>>;

/** The statuses each metric's clock stops in, as the SLA policy declares them; a metric left out never stops. */
export type PausedWhile = Partial<Record<MeasuredMetric, readonly WaitingStatus[]>>;

const RUNS: readonly WaitingStatus[] = Object.freeze([]);

const MAX_EXAMPLES = 20;

function span(cell: MetricCell, clock: SlaClock, r: TicketRecord, fromMs: number, toMs: number | undefined, asOfMs: number, instance: number, stoppedIn: readonly WaitingStatus[]): void {
  const end = toMs ?? asOfMs;
  const elapsed = end > fromMs ? clock.elapsedMs(fromMs, end, r.pauses, stoppedIn) : 0;
  if (toMs !== undefined) cell.reached(elapsed);
  else cell.open(elapsed);
  const limit = cell.limitMs;
  if (limit >= 0 && elapsed > limit) {
    const due = clock.deadline(fromMs, limit, r.pauses, stoppedIn);
    cell.breach({ ticket: r.id, instance, lateSeconds: Math.round(elapsed - limit) / 1000, date: Number.isFinite(due) ? clock.localDate(due) : clock.localDate(end), open: toMs === undefined });
  }
}

/** Whether the ticket is finished without that milestone recorded (so it will never come). */
const closed = (r: TicketRecord): boolean => r.status === 'solved' || r.status === 'closed';

/** The milestone if it was reached by `asOfMs`, else undefined (open). */
const by = (ms: number | undefined, asOfMs: number): number | undefined => (ms !== undefined && ms <= asOfMs ? ms : undefined);

/** One milestone counted from creation: reached, open, or (on a finished ticket) not recorded. */
function milestone(cell: MetricCell | undefined, clock: SlaClock, r: TicketRecord, ms: number | undefined, asOfMs: number, stoppedIn: readonly WaitingStatus[] = RUNS): void {
  if (!cell) return;
  const at = by(ms, asOfMs);
  if (at === undefined && closed(r)) cell.noData++;
  else span(cell, clock, r, r.createdMs, at, asOfMs, 1, stoppedIn);
}

export function measureTicket(r: TicketRecord, cells: Cells, clock: SlaClock, asOfMs: number, pausedWhile: PausedWhile = {}): void {
  if (cells.acknowledge) {
    // Exports without an acknowledgement time say nothing about it: no data, not a breach.
    if (r.acknowledgedMs === undefined) cells.acknowledge.noData++;
    else milestone(cells.acknowledge, clock, r, r.acknowledgedMs, asOfMs);
  }
  milestone(cells.firstResponse, clock, r, r.firstResponseMs, asOfMs, pausedWhile.firstResponse);
  milestone(cells.resolution, clock, r, r.resolvedMs, asOfMs, pausedWhile.resolution);
  const next = cells.nextResponse;
  if (!next) return;
  const stoppedIn = pausedWhile.nextResponse ?? RUNS;
  for (let k = 0; k < r.nextResponses.length; k++) {
    const n = r.nextResponses[k]!;
    if (n.requestedMs <= asOfMs) span(next, clock, r, n.requestedMs, by(n.respondedMs, asOfMs), asOfMs, k + 2, stoppedIn);
  }
}

export function emptyCrossCheck(): CrossCheck {
  return { firstResponseMinutes: { compared: 0, agreed: 0 }, breachVerdicts: { compared: 0, agreed: 0 }, helpdeskVerdicts: { compared: 0, agreed: 0 }, examples: [] };
}

/** What a cross-check compares a ticket with: its clock, whether that is calendar time, and each metric's loosest target. */
export interface CheckContext {
  clock: SlaClock;
  calendar: boolean;
  targetsSeconds: Partial<Record<MeasuredMetric, number>>;
  asOfMs: number;
  pausedWhile?: PausedWhile;
}

function example(check: CrossCheck, r: TicketRecord, what: string, helpdesk: number | string, measured: number | string): void {
  if (check.examples.length < MAX_EXAMPLES) check.examples.push({ ticket: r.id, what, helpdesk, measured });
}

/**
 * What the helpdesk measured against ours: its first-reply minutes (business ones on a business
 * clock, calendar ones on a calendar clock), its breach events where its target equals the
 * policy's, and its own SLA verdicts (Freshdesk's status columns).
 */
export function crossCheck(check: CrossCheck, r: TicketRecord, context: CheckContext): void {
  const vendor = r.vendor;
  if (!vendor) return;
  const theirs = context.calendar ? vendor.firstResponseMinutes?.calendar : vendor.firstResponseMinutes?.business;
  if (theirs !== undefined && r.firstResponseMs !== undefined) {
    const ours = Math.floor(context.clock.elapsedMs(r.createdMs, r.firstResponseMs) / 60_000);
    check.firstResponseMinutes.compared++;
    if (Math.abs(ours - theirs) <= 1) check.firstResponseMinutes.agreed++;
    else example(check, r, 'first-response minutes', theirs, ours);
  }
  for (const sla of vendor.sla ?? []) breachVerdict(check, r, sla, context);
  for (const metric of ['firstResponse', 'resolution'] as const) {
    const verdict = vendor.verdicts?.[metric];
    if (verdict !== undefined) helpdeskVerdict(check, r, metric, verdict, context);
  }
}

function breachVerdict(check: CrossCheck, r: TicketRecord, sla: VendorSla, context: CheckContext): void {
  const target = context.targetsSeconds[sla.metric];
  if (target === undefined || sla.targetMinutes === undefined || sla.targetMinutes * 60 !== target || sla.businessHours === context.calendar) return;
  const ours = breachedByUs(r, sla.metric, sla.instance, context, target * 1000);
  if (ours === undefined) return;
  const reached = sla.metric === 'firstResponse' ? r.firstResponseMs : sla.metric === 'resolution' ? r.resolvedMs : r.nextResponses[sla.instance - 2]?.respondedMs;
  const theirs = sla.breachAtMs !== undefined && sla.breachAtMs <= Math.min(reached ?? context.asOfMs, context.asOfMs);
  check.breachVerdicts.compared++;
  if (ours === theirs) check.breachVerdicts.agreed++;
  else example(check, r, `${sla.metric} breach`, theirs ? 'breached' : 'met', ours ? 'breached' : 'met');
}

/** The helpdesk's verdict on its own target against ours on the policy's loosest target. */
function helpdeskVerdict(check: CrossCheck, r: TicketRecord, metric: 'firstResponse' | 'resolution', violated: boolean, context: CheckContext): void {
  const target = context.targetsSeconds[metric];
  if (target === undefined) return;
  const ours = breachedByUs(r, metric, 1, context, target * 1000);
  if (ours === undefined) return;
  check.helpdeskVerdicts.compared++;
  if (ours === violated) check.helpdeskVerdicts.agreed++;
  else example(check, r, `${metric} SLA status`, violated ? 'SLA Violated' : 'Within SLA', ours ? 'breached' : 'met');
}

/** Whether the ticket breached `targetMs` by our clock; undefined while it cannot tell yet. */
function breachedByUs(r: TicketRecord, metric: MeasuredMetric, instance: number, context: CheckContext, targetMs: number): boolean | undefined {
  const { clock, asOfMs } = context;
  const next = r.nextResponses[instance - 2];
  const from = metric === 'nextResponse' ? next?.requestedMs : r.createdMs;
  const to = metric === 'firstResponse' ? r.firstResponseMs : metric === 'resolution' ? r.resolvedMs : next?.respondedMs;
  if (from === undefined) return undefined;
  const elapsed = clock.elapsedMs(from, Math.min(to ?? asOfMs, asOfMs), r.pauses, context.pausedWhile?.[metric]);
  return elapsed > targetMs ? true : to === undefined ? undefined : false;
}
