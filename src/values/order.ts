/** Ordering text the same way on every host: by code point, never by the host's locale. */

/** Code-point comparison for sort(): locale-independent, so output is identical on every host. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ticket ids: numeric ones in numeric order, others by code point. */
export function compareIds(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return cmp(a, b);
}
