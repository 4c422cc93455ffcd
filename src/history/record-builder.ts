/**
 * Turns the text fields of one exported row into a TicketRecord, or into located problems: no
 * id, a duplicate id, an unreadable timestamp, a timestamp without offset when no zone is
 * declared, a reply or solve time before creation. The CSV and Freshdesk readers share it.
 */
import type { WallClockZone } from './history-file.js';
import { HistoryProblems, placeWords } from './history-problems.js';
import { IdSet } from './id-set.js';
import type { NextResponse, Pause, RecordAt, TicketRecord, VendorMeasures, WaitingStatus } from './ticket-record.js';
import { TimestampReader } from './timestamps.js';
import { WAITING_STATUSES } from '../values/waiting-statuses.js';
import { mediumOf, priorityRank, splitTags, statusOf, waitingStatusOf } from './vendor-words.js';

/** One row's fields as text ('' or undefined when empty). */
export interface RawTicket {
  id?: string;
  channel?: string;
  created?: string;
  acknowledged?: string;
  firstResponse?: string;
  solved?: string;
  status?: string;
  priority?: string;
  tier?: string;
  tags?: string;
  handleSeconds?: string;
  statusChanges?: string;
  nextResponses?: string;
  vendor?: VendorMeasures;
}

class Skip extends Error {}

/** Shared by every record without tags, pauses or next responses: nothing is allocated for them. */
const NONE: readonly never[] = Object.freeze([]);
const EVERY_WAIT: readonly WaitingStatus[] = WAITING_STATUSES;
const trimmed = (text: string | undefined): string | undefined => (text === undefined ? undefined : text.trim() || undefined);

export class RecordBuilder {
  private readonly ids = new IdSet();
  private readonly time: TimestampReader;

  constructor(private readonly problems: HistoryProblems, zone?: WallClockZone) {
    this.time = new TimestampReader(zone);
  }

  /** The record, or undefined when a problem left it out (already reported). */
  build(raw: RawTicket, at: RecordAt): TicketRecord | undefined {
    try {
      return this.record(raw, at);
    } catch (error) {
      if (error instanceof Skip) return undefined;
      throw error;
    }
  }

  /** Only a record that is kept claims its id: a later row may correct one that was skipped. */
  private record(raw: RawTicket, at: RecordAt): TicketRecord {
    const record = this.fields(raw, at);
    this.ids.add(record.id);
    return record;
  }

  private fields(raw: RawTicket, at: RecordAt): TicketRecord {
    const id = this.idOf(raw, at);
    const createdMs = this.instant(raw.created, 'created', id, at);
    if (createdMs === undefined) this.fail('missing-value', at, `ticket ${id} at ${placeWords(at)} has no creation time; every ticket needs one.`);
    const solvedMs = this.after(createdMs, raw.solved, 'solved', id, at);
    const priority = trimmed(raw.priority);
    const channel = raw.channel?.trim() ?? '';
    return {
      id,
      at,
      createdMs,
      channel,
      medium: channel === '' ? undefined : mediumOf(channel),
      priority,
      priorityRank: priority ? priorityRank(priority) : undefined,
      tier: trimmed(raw.tier),
      tags: raw.tags ? splitTags(raw.tags) : NONE,
      status: (raw.status && statusOf(raw.status)) || (solvedMs !== undefined ? 'solved' : 'open'),
      acknowledgedMs: this.after(createdMs, raw.acknowledged, 'acknowledged', id, at),
      firstResponseMs: this.after(createdMs, raw.firstResponse, 'first response', id, at),
      resolvedMs: solvedMs,
      nextResponses: raw.nextResponses ? this.nextResponses(raw.nextResponses, createdMs, id, at) : NONE,
      pauses: raw.statusChanges ? this.pauses(raw.statusChanges, id, at) : NONE,
      // A status-history column says every waiting span, empty or not; without one nothing is known.
      statusHistory: 'statusChanges' in raw ? EVERY_WAIT : undefined,
      handleSeconds: handleSeconds(raw.handleSeconds),
      vendor: raw.vendor,
    };
  }

  private idOf(raw: RawTicket, at: RecordAt): string {
    const id = (raw.id ?? '').trim();
    if (id === '') this.fail('missing-value', at, `${placeWords(at)} has no ticket id, so it cannot be told apart from other tickets; fill in the id column or remove the row.`);
    if (this.ids.has(id)) this.fail('duplicate-id', at, `ticket ${id} at ${placeWords(at)} was already read, earlier in this file or in another file of the export; only its first row is used. Remove the repeated row, or export each ticket once.`);
    return id;
  }

  private fail(kind: Parameters<HistoryProblems['report']>[0], at: RecordAt, message: string): never {
    this.problems.report(kind, at, message);
    throw new Skip();
  }

  /** An instant, undefined for an empty cell; a bad one is a problem that skips the record. */
  instant(text: string | undefined, what: string, id: string, at: RecordAt): number | undefined {
    if (text === undefined) return undefined;
    const ms = this.time.read(text);
    if (!Number.isNaN(ms)) return ms;
    if (text.trim() === '') return undefined;
    if (this.time.failure === 'no-zone') {
      this.fail('timestamp-without-zone', at, `ticket ${id} at ${placeWords(at)}: the ${what} time "${text.trim()}" has no offset and no zone is declared, so the instant is unknown. Declare the export's time zone (measure.columns.timeZone in supportops.yaml), or export times with an offset such as Z or +01:00.`);
    }
    this.fail('bad-timestamp', at, `ticket ${id} at ${placeWords(at)}: the ${what} time "${text.trim()}" is not a date and time; write it as ISO 8601, for example 2026-03-02T09:15:00Z.`);
  }

  /** The instant `text` gives, which may not be before `createdMs`. */
  private after(createdMs: number, text: string | undefined, what: string, id: string, at: RecordAt): number | undefined {
    const ms = this.instant(text, what, id, at);
    if (ms !== undefined && ms < createdMs) {
      this.fail('response-before-creation', at, `ticket ${id} at ${placeWords(at)}: the ${what} time is before the ticket was created, which cannot happen; check the export's columns and time zones.`);
    }
    return ms;
  }

  /** "TIME STATUS; TIME STATUS": spans in a waiting status (pending, on-hold) become pauses. */
  private pauses(cell: string, id: string, at: RecordAt): Pause[] {
    const out: Pause[] = [];
    let open: Pause | undefined;
    const entries = cell.split(';').map((e) => e.trim()).filter((e) => e !== '');
    for (const entry of entries) {
      const space = entry.search(/\s/);
      const ms = this.instant(space < 0 ? entry : entry.slice(0, space), 'status change', id, at)!;
      const status = waitingStatusOf(space < 0 ? '' : entry.slice(space + 1));
      if (open && open.status === status) continue;
      if (open) {
        if (ms > open.fromMs) out.push({ ...open, toMs: ms });
        open = undefined;
      }
      if (status) open = { fromMs: ms, status };
    }
    if (open) out.push(open);
    return out.sort((a, b) => a.fromMs - b.fromMs);
  }

  /** "ASKED>ANSWERED; ASKED>": later customer messages and the replies to them. */
  private nextResponses(cell: string, createdMs: number, id: string, at: RecordAt): NextResponse[] {
    return cell.split(';').map((e) => e.trim()).filter((e) => e !== '').map((entry) => {
      const [asked, answered] = entry.split('>');
      const requestedMs = this.after(createdMs, asked, 'next-response request', id, at)!;
      const respondedMs = this.after(requestedMs, answered, 'next response', id, at);
      return { requestedMs, respondedMs };
    });
  }
}

/** Seconds as written, when they are a number 0 or more. */
function handleSeconds(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
