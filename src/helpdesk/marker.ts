/**
 * The stable key an exported object carries so apply finds it again after a rename: none of the
 * configured object types has an external id, so the key goes at the end of its description
 * (or note) as `[supportops:<type>/<name>]`. Types without a description are matched by name.
 */
const MARKER = /\[supportops:([a-z0-9_]+\/[A-Za-z0-9._ -]+)\]/;

export function markerText(key: string): string {
  return `[supportops:${key}]`;
}

/** The description with the marker appended on its own line. */
export function withMarker(description: string, key: string): string {
  return description ? `${description}\n${markerText(key)}` : markerText(key);
}

/** The key in a description or note, if it carries one. */
export function markerOf(text: unknown): string | null {
  return typeof text === 'string' ? (MARKER.exec(text)?.[1] ?? null) : null;
}

/** The description without the marker line, for import. */
export function withoutMarker(text: string): string {
  return text.replace(MARKER, '').trim();
}

/** `<type>/<name>`. */
export function keyOf(type: string, name: string): string {
  return `${type}/${name}`;
}
