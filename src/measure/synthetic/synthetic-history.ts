/**
 * A deterministic synthetic ticket history: the feasibility simulation replayed ticket by ticket
 * (its per-ticket observer), so tickets carry the policies' real dates, DST, holidays and the
 * weekend backlog. Half the async tickets then wait on the customer after the first reply (a
 * pending pause of seeded length) before they are solved: the resolution moves on by the pause
 * in calendar time and keeps the simulated clock time (any follow-up work the simulation did
 * after the reply included), so measuring the export reproduces the simulation.
 */
import { simulateQueue, type SimulationResult, Xoshiro128, deriveSeed } from '../../capacity/index.js';
import type { Model } from '../../model/model.js';
import { addBusinessMs, businessMsBetween } from '../../time/index.js';
import type { TicketRecord } from '../../history/ticket-record.js';
import { simulatedChannels } from '../measure-view.js';

/** Mean customer wait while a ticket is pending, calendar time. */
const MEAN_PAUSE_MS = 4 * 3_600_000;
/** Share of async tickets that go pending after the first reply. */
const PENDING_SHARE = 0.5;

export interface SyntheticChannel {
  channel: string;
  tickets: TicketRecord[];
  /** The simulation the tickets came from (one replication, one batch). */
  simulation: SimulationResult;
  /** When the export is taken: the end of the simulation's drain. */
  asOfMs: number;
}

interface Draft {
  tier: number;
  ack?: number;
  fr?: number;
  res?: number;
  /** When the simulation held the ticket pending on the customer (a channel with customerReplies). */
  pending?: [number, number];
}

const MEDIUM_WORD: Record<string, string> = { email: 'email', 'web-form': 'web', chat: 'chat', messaging: 'native_messaging', phone: 'voice', social: 'twitter', community: 'forum', video: 'video' };

/** The simulation's own wait for the customer's answer: a pending span, then the reply to that answer. */
function simulatedWait(record: TicketRecord, [from, to]: [number, number], asOfMs: number): void {
  const answered = Math.round(to);
  record.pauses = [{ fromMs: Math.round(from), ...(answered <= asOfMs ? { toMs: answered } : {}), status: 'pending' }];
  if (answered > asOfMs) record.status = 'pending';
  else if (record.resolvedMs !== undefined && record.resolvedMs > answered) record.nextResponses = [{ requestedMs: answered, respondedMs: record.resolvedMs }];
}

/** One replication of each channel's simulation over `days` from `asOf`, as tickets. */
export function synthesizeHistory(model: Model, options: { asOf: string; days: number; channels?: string[] }): SyntheticChannel[] {
  const mediums = new Map(model.channels.map((c) => [c.name, c.spec.medium]));
  return simulatedChannels(model, options.asOf, options.days)
    .filter((c) => !options.channels || options.channels.includes(c.channel))
    .map(({ channel, simulation, clock, tiers }) => {
      const drafts = new Map<number, Draft>();
      const result = simulateQueue({
        ...simulation.input,
        replications: 1,
        batchMs: undefined,
        observer: {
          arrived: (tier, at) => void drafts.set(at, { tier }),
          acknowledged: (at, t) => void (drafts.get(at)!.ack = t),
          responded: (at, t) => void (drafts.get(at)!.fr = t),
          resolved: (at, t) => void (drafts.get(at)!.res = t),
          pending: (at, from, to) => void (drafts.get(at)!.pending = [from, to]),
        },
      });
      const rng = new Xoshiro128(deriveSeed(simulation.seed, 1000));
      const asOfMs = simulation.input.drainUntilMs!;
      const word = MEDIUM_WORD[mediums.get(channel) ?? ''] ?? channel;
      // A channel whose simulation models the customers' answers has its own pending spans.
      const async = simulation.input.mode === 'async' && !simulation.input.customerReplyShare;
      const tickets: TicketRecord[] = [];
      let id = 0;
      for (const [created, d] of drafts) {
        id++;
        const record: TicketRecord = { id: String(id), at: { file: channel }, createdMs: Math.round(created), channel: word, tier: tiers[d.tier], tags: [], status: d.res !== undefined ? 'solved' : 'open', nextResponses: [], pauses: [] };
        if (d.ack !== undefined) record.acknowledgedMs = Math.round(d.ack);
        if (d.fr !== undefined) record.firstResponseMs = Math.round(d.fr);
        if (d.res !== undefined) record.resolvedMs = Math.round(d.res);
        if (d.pending) simulatedWait(record, d.pending, asOfMs);
        if (async && d.fr !== undefined && d.res !== undefined && rng.nextOpen() < PENDING_SHARE) {
          // Pending on the customer after the first reply; any follow-up work keeps its clock time.
          const pauseEnd = Math.round(d.fr + rng.nextExponential(MEAN_PAUSE_MS));
          const resolved = Math.round(addBusinessMs(clock, pauseEnd, businessMsBetween(clock, d.fr, d.res)));
          record.pauses = [{ fromMs: record.firstResponseMs!, toMs: pauseEnd, status: 'pending' }];
          if (resolved > pauseEnd) record.nextResponses = [{ requestedMs: pauseEnd, respondedMs: resolved }];
          record.resolvedMs = resolved;
          if (resolved > asOfMs) {
            record.resolvedMs = undefined;
            record.status = 'pending';
          }
        }
        tickets.push(record);
      }
      return { channel, tickets, simulation: result, asOfMs };
    });
}
