/**
 * Turns the text fields of one exported row into a TicketRecord, or into located problems: no
 * id, a duplicate id, an unreadable timestamp, a timestamp without offset when no zone is
 * declared, a reply or solve time before creation. The CSV and Freshdesk readers share it.
 */
import { HistoryProblems, placeWords } from './history-problems.js';
import { IdSet } from './id-set.js';
import type { NextResponse, Pause, RecordAt, TicketRecord, VendorMeasures } from './ticket-record.js';
import { TimestampReader } from './timestamps.js';
import { mediumOf, priorityRank, splitTags, statusOf } from './vendor-words.js';

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

export class RecordBuilder {
  private readonly ids = new IdSet();
  private readonly time: TimestampReader;

  constructor(private readonly problems: HistoryProblems, timeZone?: string) {
    this.time = new TimestampReader(timeZone);
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

  private record(raw: RawTicket, at: RecordAt): TicketRecord {
    const id = (raw.id ?? '').trim();
    if (id === '') this.fail('missing-value', at, `${placeWords(at)} has no ticket id, so it cannot be told apart from other tickets; fill in the id column or remove the row.`);
    if (!this.ids.add(id)) this.fail('duplicate-id', at, `ticket ${id} at ${placeWords(at)} appears more than once; only its first row is used. Remove the repeated row, or export each ticket once.`);
    const createdMs = this.instant(raw.created, 'created', id, at);
    if (createdMs === undefined) this.fail('missing-value', at, `ticket ${id} at ${placeWords(at)} has no creation time; every ticket needs one.`);
    const after = (text: string | undefined, what: string) => this.after(createdMs!, this.instant(text, what, id, at), what, id, at);
    const solvedMs = after(raw.solved, 'solved');
    const status = (raw.status && statusOf(raw.status)) || (solvedMs !== undefined ? 'solved' : 'open');
    const priority = raw.priority?.trim() || undefined;
    const handle = raw.handleSeconds?.trim() ? Number(raw.handleSeconds) : undefined;
    return {
      id,
      at,
      createdMs: createdMs!,
      channel: raw.channel?.trim() ?? '',
      medium: raw.channel ? mediumOf(raw.channel) : undefined,
      priority,
      priorityRank: priority ? priorityRank(priority) : undefined,
      tier: raw.tier?.trim() || undefined,
      tags: raw.tags ? splitTags(raw.tags) : [],
      status,
      acknowledgedMs: after(raw.acknowledged, 'acknowledged'),
      firstResponseMs: after(raw.firstResponse, 'first response'),
      resolvedMs: solvedMs,
      nextResponses: raw.nextResponses ? this.nextResponses(raw.nextResponses, createdMs!, id, at) : [],
      pauses: raw.statusChanges ? this.pauses(raw.statusChanges, id, at) : [],
      handleSeconds: handle !== undefined && Number.isFinite(handle) && handle >= 0 ? handle : undefined,
      vendor: raw.vendor,
    };
  }

  private fail(kind: Parameters<HistoryProblems['report']>[0], at: RecordAt, message: string): never {
    this.problems.report(kind, at, message);
    throw new Skip();
  }

  /** An instant, undefined for an empty cell; a bad one is a problem that skips the record. */
  instant(text: string | undefined, what: string, id: string, at: RecordAt): number | undefined {
    if (text === undefined || text.trim() === '') return undefined;
    const r = this.time.read(text);
    if (r.ok) return r.ms;
    if (r.reason === 'no-zone') {
      this.fail('timestamp-without-zone', at, `ticket ${id} at ${placeWords(at)}: the ${what} time "${text.trim()}" has no offset and no zone is declared, so the instant is unknown. Declare the export's time zone (timeZone in the column mapping), or export times with an offset such as Z or +01:00.`);
    }
    this.fail('bad-timestamp', at, `ticket ${id} at ${placeWords(at)}: the ${what} time "${text.trim()}" is not a date and time; write it as ISO 8601, for example 2026-03-02T09:15:00Z.`);
  }

  private after(createdMs: number, ms: number | undefined, what: string, id: string, at: RecordAt): number | undefined {
    if (ms !== undefined && ms < createdMs) {
      this.fail('response-before-creation', at, `ticket ${id} at ${placeWords(at)}: the ${what} time is before the ticket was created, which cannot happen; check the export's columns and time zones.`);
    }
    return ms;
  }

  /** "TIME STATUS; TIME STATUS": spans in pending become pauses. */
  private pauses(cell: string, id: string, at: RecordAt): Pause[] {
    const out: Pause[] = [];
    let open: number | undefined;
    const entries = cell.split(';').map((e) => e.trim()).filter((e) => e !== '');
    for (const entry of entries) {
      const space = entry.search(/\s/);
      const ms = this.instant(space < 0 ? entry : entry.slice(0, space), 'status change', id, at)!;
      const status = statusOf(space < 0 ? '' : entry.slice(space + 1));
      if (status === 'pending' && open === undefined) open = ms;
      else if (status !== 'pending' && open !== undefined) {
        if (ms > open) out.push({ fromMs: open, toMs: ms });
        open = undefined;
      }
    }
    if (open !== undefined) out.push({ fromMs: open });
    return out.sort((a, b) => a.fromMs - b.fromMs);
  }

  /** "ASKED>ANSWERED; ASKED>": later customer messages and the replies to them. */
  private nextResponses(cell: string, createdMs: number, id: string, at: RecordAt): NextResponse[] {
    return cell.split(';').map((e) => e.trim()).filter((e) => e !== '').map((entry) => {
      const [asked, answered] = entry.split('>');
      const requestedMs = this.after(createdMs, this.instant(asked, 'next-response request', id, at), 'next-response request', id, at)!;
      const respondedMs = this.after(requestedMs, this.instant(answered, 'next response', id, at), 'next response', id, at);
      return { requestedMs, respondedMs };
    });
  }
}
