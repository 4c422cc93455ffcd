/** Turning a file's bytes into text, refusing what is not a UTF-8 YAML text file, at the place it goes wrong. */
import { firstInvalidUtf8 } from './utf8.js';

/** Larger policy files are almost certainly generated or hostile; parsing them would stall CI. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; message: string; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const SAVE_AS_UTF8 = 'supportops reads UTF-8 only: save it with UTF-8 encoding (most editors offer this under "Save with encoding").';

/** The message for a file over MAX_FILE_BYTES, also given when its size is known before reading it. */
export function tooLargeMessage(size: number): string {
  return `This file is ${size} bytes; policy files may be at most ${MAX_FILE_BYTES} bytes (1 MiB). Split it into several files.`;
}

export function decodePolicyText(bytes: Uint8Array): Decoded {
  const fail = (message: string, at = { line: 1, column: 1 }): Decoded => ({ ok: false, message, ...at });
  if (bytes.length > MAX_FILE_BYTES) return fail(tooLargeMessage(bytes.length));
  const wide = wideEncoding(bytes);
  if (wide) return fail(`This file is saved as ${wide} text. ${SAVE_AS_UTF8}`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail('This looks like a binary file (it contains a NUL byte), not YAML text. Remove it from the policy folder or save it as UTF-8 text.', positionOf(bytes, nul));
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // The native decoder checks every file; the byte-by-byte walk runs only to say where it failed.
    return fail(`This file is not valid UTF-8 text: the character here is in another encoding. ${SAVE_AS_UTF8}`, positionOf(bytes, Math.max(firstInvalidUtf8(bytes), 0)));
  }
  // A byte-order mark is harmless; drop it so columns on line 1 match the editor.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = crToLf(text);
  const bom = text.indexOf('\ufeff');
  if (bom >= 0) return fail('There is an invisible byte-order mark (U+FEFF) here, usually left behind when files are joined or text is pasted. Delete it; it may only come first in a file.', textPosition(text.slice(0, bom)));
  return { ok: true, text };
}

/** Old Mac line endings (CR alone) become LF: one character for another, so every offset stays put. */
function crToLf(text: string): string {
  return text.replace(/\r(?!\n)/g, '\n');
}

/** UTF-16 or UTF-32 by byte-order mark. */
function wideByMark(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16';
  return undefined;
}

/** UTF-16 or UTF-32, by byte-order mark, or for UTF-16 without one by the zero bytes ASCII text leaves in every other place. */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const marked = wideByMark(bytes);
  if (marked) return marked;
  const pairs = Math.min(bytes.length, 1024) >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  const mostly = (n: number) => n >= pairs * 0.4;
  const hardly = (n: number) => n <= pairs * 0.05;
  return (mostly(oddZeros) && hardly(evenZeros)) || (mostly(evenZeros) && hardly(oddZeros)) ? 'UTF-16' : undefined;
}

/** Line and column (in characters, as editors count) of a byte offset whose prefix is valid UTF-8. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  return textPosition(crToLf(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes.subarray(0, offset))));
}

function textPosition(before: string): { line: number; column: number } {
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: before.length - lineStart + 1 };
}
