/**
 * Where UTF-8 first goes wrong, walking the sequences forward as the WHATWG decoder does: the
 * offset of the first byte that does not start (or belong to) a well-formed sequence. A
 * forward walk never mistakes the tail of a valid character before the fault for the fault.
 */

/** Byte offset of the first invalid sequence, or -1 when all of it is valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Length of the sequence and the allowed range of its second byte (excluding overlongs and surrogates).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      // A truncated sequence is faulty at its lead byte: that is the character the editor shows wrong.
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}
