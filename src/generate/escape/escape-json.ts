/**
 * JSON text for artifacts: two-space indentation and a final newline. Besides what JSON itself
 * escapes, `<`, `>` and `&` are written as \u escapes, and U+2028 and U+2029 too, so a widget
 * can inline the file in a <script> element or an HTML attribute without it ending the element
 * early; parsers read the same strings. Bidirectional controls are dropped (text-controls.ts).
 */
import { randomUUID } from 'node:crypto';
import { BIDI_CONTROLS } from '../../values/text-controls.js';

/** JSON.stringify leaves these as they are; outside strings a JSON text has none of them. */
const UNSAFE = new RegExp(`[<>&\\u2028\\u2029${BIDI_CONTROLS}]`, 'g');
const DROPPED = new RegExp(`[${BIDI_CONTROLS}]`);

/**
 * Escapes and drops in JSON text. One pass over the text rather than a replacer on every value:
 * on a 67 MB acknowledgement index the replacer took about 1.5 s. Keys lose bidirectional
 * controls too, as values do.
 */
function safe(text: string): string {
  return text.replace(UNSAFE, (c) => (DROPPED.test(c) ? '' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Key order is the order objects were built in. */
export function jsonText(value: unknown): string {
  return `${safe(JSON.stringify(value, undefined, 2))}\n`;
}

/**
 * jsonText(place(items)) in parts: the text up to `items`, one part for each item, the text
 * after. Joined, the parts are exactly that text; no part holds more than one item, so a file
 * too large to hold whole (acknowledgements/index.json) is written piece by piece. `place` puts
 * its argument where the items go, as an object's value or an array's element.
 */
export function* jsonTextParts(items: readonly unknown[], place: (items: unknown) => unknown): Generator<string> {
  // A value no policy can hold, so it is found only where `place` put it.
  const marker = JSON.stringify(`supportops-items-${randomUUID()}`);
  const whole = jsonText(place(JSON.parse(marker)));
  const at = whole.indexOf(marker);
  if (at < 0) throw new Error('jsonTextParts: place() did not put the items in its result');
  // The marker's line starts with the indentation of the key (or element) the list belongs to.
  const lineStart = whole.lastIndexOf('\n', at) + 1;
  const outer = /^ */.exec(whole.slice(lineStart, at))![0];
  const after = whole.slice(at + marker.length);
  if (items.length === 0) {
    yield `${whole.slice(0, at)}[]${after}`;
    return;
  }
  const inner = `${outer}  `;
  yield `${whole.slice(0, at)}[\n`;
  for (let i = 0; i < items.length; i++) {
    // JSON strings hold no raw newline, so every newline of an item's text starts one of its lines.
    const text = safe(JSON.stringify(items[i], undefined, 2) ?? 'null');
    yield `${inner}${text.replaceAll('\n', `\n${inner}`)}${i + 1 < items.length ? ',' : ''}\n`;
  }
  yield `${outer}]${after}`;
}
