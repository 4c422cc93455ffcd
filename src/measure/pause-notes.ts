/**
 * Where an export cannot show what the policy's paused clocks need, said rather than assumed:
 * a policy that stops a clock while a ticket is on hold, read with an export that records no
 * on-hold spans, counts that time against the team; a helpdesk that stopped its own resolution
 * clock while pending, where the policy does not, will disagree with the measurement.
 * docs/paused-clocks.md.
 */
import type { MeasuredMetric, TicketRecord, WaitingStatus } from '../history/ticket-record.js';
import { WAITING_STATUSES } from '../values/waiting-statuses.js';
import type { ChannelView } from './measure-view.js';

export interface PauseNote {
  channel: string;
  policy: string;
  /** no-status-history: the export records no spans in `status` for these tickets. helpdesk-paused: the helpdesk stopped its resolution clock while pending; the policy does not. */
  kind: 'no-status-history' | 'helpdesk-paused';
  status: WaitingStatus;
  /** The metrics the note is about: those the policy stops in `status`, or resolution. */
  metrics: MeasuredMetric[];
  tickets: number;
  /** The export files those tickets came from, sorted (at most MAX_FILES). */
  files: string[];
  message: string;
}

const STATUSES: readonly WaitingStatus[] = WAITING_STATUSES;
const MAX_FILES = 20;
const METRIC_WORDS: Record<MeasuredMetric, string> = { acknowledge: 'acknowledgement', firstResponse: 'first-response', nextResponse: 'next-response', resolution: 'resolution' };

interface Tally {
  note: Omit<PauseNote, 'tickets' | 'files' | 'message'>;
  tickets: number;
  files: Set<string>;
}

/** The metrics a channel's policy stops in each waiting status. */
function stoppedBy(view: ChannelView): Map<WaitingStatus, MeasuredMetric[]> {
  const out = new Map<WaitingStatus, MeasuredMetric[]>();
  for (const status of STATUSES) {
    const metrics = (Object.keys(view.pausedWhile) as MeasuredMetric[]).filter((m) => view.pausedWhile[m]!.includes(status)).sort();
    if (metrics.length > 0) out.set(status, metrics);
  }
  return out;
}

export class PauseNotes {
  private readonly tallies = new Map<string, Tally>();
  private readonly declared = new WeakMap<ChannelView, Map<WaitingStatus, MeasuredMetric[]>>();

  /** Looks at one measured ticket of `view`'s channel. */
  add(view: ChannelView, r: TicketRecord): void {
    let stops = this.declared.get(view);
    if (!stops) this.declared.set(view, (stops = stoppedBy(view)));
    for (const [status, metrics] of stops) {
      if (!r.statusHistory?.includes(status)) this.count(view, 'no-status-history', status, metrics, r.at.file);
    }
    if (r.vendor?.pausedResolution && !view.pausedWhile.resolution?.includes('pending')) this.count(view, 'helpdesk-paused', 'pending', ['resolution'], r.at.file);
  }

  private count(view: ChannelView, kind: PauseNote['kind'], status: WaitingStatus, metrics: MeasuredMetric[], file: string): void {
    const key = `${view.name}\u0000${kind}\u0000${status}`;
    let tally = this.tallies.get(key);
    if (!tally) this.tallies.set(key, (tally = { note: { channel: view.name, policy: view.policy, kind, status, metrics }, tickets: 0, files: new Set() }));
    tally.tickets++;
    if (tally.files.size < MAX_FILES) tally.files.add(file);
  }

  /** The notes, by channel, kind and status. */
  result(): PauseNote[] {
    return [...this.tallies.keys()].sort().map((key) => {
      const { note, tickets, files } = this.tallies.get(key)!;
      const sorted = [...files].sort();
      return { ...note, tickets, files: sorted, message: messageOf(note, tickets, sorted) };
    });
  }
}

function messageOf(note: Tally['note'], tickets: number, files: string[]): string {
  const count = `${tickets.toLocaleString('en')} ticket${tickets === 1 ? '' : 's'}`;
  const where = files.join(', ');
  const clocks = note.metrics.map((m) => METRIC_WORDS[m]).join(' and ');
  if (note.kind === 'no-status-history') {
    return `${note.policy} stops the ${clocks} clock while a ticket is ${note.status}, but ${where} records no ${note.status} spans for ${count}, so that time counts against them here. Export the status history (the status_changes column; Zendesk's ticket metric events show pending only), or read these figures as a lower bound on attainment.`;
  }
  return `the helpdesk stopped its resolution clock while ${count} in ${where} were pending, but ${note.policy} does not pause resolution, so this measurement counts that time and may disagree with the helpdesk's own verdicts. Add pausedWhile: { resolution: [pending] } to ${note.policy} if that is the promise, or change the helpdesk's SLA.`;
}
