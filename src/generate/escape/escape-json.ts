/**
 * JSON text for artifacts: two-space indentation and a final newline. Besides what JSON itself
 * escapes, `<`, `>` and `&` are written as \u escapes, and U+2028 and U+2029 too, so a widget
 * can inline the file in a <script> element or an HTML attribute without it ending the element
 * early; parsers read the same strings. Bidirectional controls are dropped (text-controls.ts).
 */
import { withoutBidiControls } from '../../values/text-controls.js';

const UNSAFE = /[<>&\u2028\u2029]/g;

/** Key order is the order objects were built in. */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? withoutBidiControls(v) : v), 2);
  return `${text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
