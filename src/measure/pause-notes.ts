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

const MAX_FILES = 20;
const METRIC_WORDS: Record<MeasuredMetric, string> = { acknowledge: 'acknowledgement', firstResponse: 'first-response', nextResponse: 'next-response', resolution: 'resolution' };

interface Tally {
  note: Omit<PauseNote, 'tickets' | 'files' | 'message'>;
  tickets: number;
  files: Set<string>;
}

/** One note a channel may get, and its count once it has a ticket. */
interface Watch {
  note: Tally['note'];
  tally?: Tally;
}

/** What to look for in a channel's tickets: each status its policy stops clocks in, and a helpdesk pause it does not declare. */
interface ChannelWatch {
  missing: { status: WaitingStatus; watch: Watch }[];
  helpdeskPaused: Watch | undefined;
}

function watchesOf(view: ChannelView): ChannelWatch {
  const note = (kind: PauseNote['kind'], status: WaitingStatus, metrics: MeasuredMetric[]): Watch => ({ note: { channel: view.name, policy: view.policy, kind, status, metrics } });
  const missing: ChannelWatch['missing'] = [];
  for (const status of WAITING_STATUSES) {
    const metrics = (Object.keys(view.pausedWhile) as MeasuredMetric[]).filter((m) => view.pausedWhile[m]!.includes(status)).sort();
    if (metrics.length > 0) missing.push({ status, watch: note('no-status-history', status, metrics) });
  }
  const declaresPending = view.pausedWhile.resolution?.includes('pending') === true;
  return { missing, helpdeskPaused: declaresPending ? undefined : note('helpdesk-paused', 'pending', ['resolution']) };
}

export class PauseNotes {
  /** By "channel, kind, status": the order the notes come out in. */
  private readonly tallies = new Map<string, Tally>();
  private readonly watches = new WeakMap<ChannelView, ChannelWatch>();

  /** Looks at one measured ticket of `view`'s channel. */
  add(view: ChannelView, r: TicketRecord): void {
    let watch = this.watches.get(view);
    if (!watch) this.watches.set(view, (watch = watchesOf(view)));
    for (const { status, watch: w } of watch.missing) if (!r.statusHistory?.includes(status)) this.count(w, r.at.file);
    if (r.vendor?.pausedResolution && watch.helpdeskPaused) this.count(watch.helpdeskPaused, r.at.file);
  }

  /** Counts a ticket for the note; its key is looked up once per view (views of one channel, in several windows, share the tally). */
  private count(watch: Watch, file: string): void {
    let tally = watch.tally;
    if (!tally) {
      const { channel, kind, status } = watch.note;
      const key = `${channel}\u0000${kind}\u0000${status}`;
      tally = this.tallies.get(key);
      if (!tally) this.tallies.set(key, (tally = { note: watch.note, tickets: 0, files: new Set() }));
      watch.tally = tally;
    }
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
