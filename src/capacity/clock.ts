// How long a wait lasts in an SLA's clock. The time engine supplies business
// clocks; the capacity engine only needs this one function shape.

/** Minutes between two instants in the SLA's clock (business or calendar). */
export type ElapsedMinutes = (startMs: number, endMs: number) => number;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;

/** The 24/7 clock: plain elapsed calendar minutes. */
export const calendarMinutes: ElapsedMinutes = (startMs, endMs) => (endMs - startMs) / MS_PER_MINUTE;
