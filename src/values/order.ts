/** Ordering text the same way on every host: by code point, never by the host's locale. */

/** Code-point comparison for sort(): locale-independent, so output is identical on every host. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
