/**
 * A file of an export as the readers see it: its name for messages, and its bytes in chunks.
 * Readers never open paths: the host does (src/host/history-files.ts) and tests pass bytes of
 * their own. Reading is synchronous, chunk by chunk, so records go from the parser to the
 * measurement without a promise per record (docs/measure.md, "Speed").
 */
import type { TicketRecord } from './ticket-record.js';

export interface HistoryFile {
  /** As shown in messages: relative, with POSIX separators. */
  name: string;
  /**
   * The file's bytes, in order; an I/O failure throws an error with a `code` (ENOENT, EIO …).
   * A chunk may be overwritten once the next is asked for: decode it before.
   */
  chunks(): Iterable<Uint8Array>;
}

/** Receives each record as it is read. */
export type TicketSink = (record: TicketRecord) => void;

/** The zone an export writes wall-clock times in, to turn a time without an offset into an instant (the time engine's zones fit). */
export interface WallClockZone {
  /** IANA name. */
  readonly name: string;
  /** The instant of a wall-clock reading written as ms since 1970-01-01T00:00 local time. */
  fromLocalMs(localMs: number): number;
}

/** Whether an error is the file system's (it carries a code such as ENOENT), not a bug. */
export function isIoError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** A file made of text already in memory (tests, synthetic exports). */
export function textFile(name: string, text: string): HistoryFile {
  return { name, chunks: () => [new TextEncoder().encode(text)] };
}
