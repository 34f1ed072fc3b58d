/** Turning input bytes into text: byte-order marks, UTF-16, invalid UTF-8, binary files. */

/** Decoded text, or why there is none. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly invalidAt: number | null; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; readonly bom: boolean }
  | { readonly ok: false; readonly code: 'binary'; readonly message: string };

const SNIFF = 8192;

/** Offset of the first byte that is not valid UTF-8, or null. */
export function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return null;
}

/**
 * UTF-16 without a byte-order mark, recognised the way such files look when they hold mostly
 * Latin-script text: a NUL in (nearly) every other byte, always on the same side. Null otherwise.
 */
function unmarkedUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = head.length >> 1;
  if (pairs < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul === 0) return 'utf-16be';
  return null;
}

/**
 * Decode input bytes as text. UTF-8 (with or without BOM) and UTF-16 (with a BOM, or without one
 * when it holds mostly Latin-script text) are read; invalid UTF-8 bytes become U+FFFD and the
 * first one's offset is reported; any other file with NUL bytes is binary and is refused.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), invalidAt: null, encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), invalidAt: null, encoding: 'utf-16be', bom: true };
  }
  const head = bytes.subarray(0, SNIFF);
  const utf16 = unmarkedUtf16(head);
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes), invalidAt: null, encoding: utf16, bom: false };
  if (head.includes(0)) {
    return { ok: false, code: 'binary', message: 'binary file (it contains NUL bytes); claimkit reads UTF-8 or UTF-16 text' };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const invalid = firstInvalidUtf8(body);
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  return { ok: true, text, invalidAt: invalid === null ? null : invalid + (body === bytes ? 0 : 3), encoding: 'utf-8', bom: body !== bytes };
}
