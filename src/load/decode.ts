/** Turning a file's bytes into text, refusing what is not a YAML text file. */

/** Larger policy files are almost certainly generated or hostile; parsing them would stall CI. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; message: string; offset: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodePolicyText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      offset: 0,
      message: `This file is ${bytes.length} bytes; policy files may be at most ${MAX_FILE_BYTES} bytes (1 MiB). Split it into several files.`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      ok: false,
      offset: nul,
      message: 'This looks like a binary file (it contains a NUL byte), not YAML text. Remove it from the policy folder or save it as UTF-8 text.',
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      offset: firstInvalidUtf8(bytes),
      message: 'This file is not valid UTF-8 text. Save it with UTF-8 encoding (most editors offer this under "Save with encoding").',
    };
  }
  // A byte-order mark is harmless; drop it so columns on line 1 match the editor.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** Byte offset of the first invalid sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // The fault shows at the byte that cannot continue a sequence; point at the sequence's lead byte.
  for (let back = 1; back <= 3 && lo - back >= 0; back++) {
    if ((bytes[lo - back]! & 0xc0) === 0xc0) return lo - back;
  }
  return lo;
}
