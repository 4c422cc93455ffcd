/**
 * Bidirectional control characters: the embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that reorder how text is displayed without changing what is stored, so a
 * name can read one way and mean another ("trojan source", CVE-2021-42574). Compilers refuse
 * them outside comments; supportops refuses them in policy text (the schema) and drops them in
 * every writer, as a second line of defence. The marks U+200E, U+200F and U+061C stay allowed:
 * right-to-left scripts need them, and they cannot override the order of what follows.
 */
export const BIDI_CONTROLS = '\\u202A-\\u202E\\u2066-\\u2069';

const NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const ANY = new RegExp(`[${BIDI_CONTROLS}]`, 'u');
const ALL = new RegExp(`[${BIDI_CONTROLS}]`, 'gu');

/** The first bidirectional control in `text`: where it is (1-based character) and what it is called. */
export function bidiControlIn(text: string): { position: number; codePoint: string; name: string } | undefined {
  const match = ANY.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  return { position: [...text.slice(0, match.index)].length + 1, codePoint: `U+${code.toString(16).toUpperCase()}`, name: NAMES[code]! };
}

export function withoutBidiControls(text: string): string {
  return text.replace(ALL, '');
}
