// Bytes → text for imported pages: BOM, then UTF-8 when the bytes prove it, then the HTTP and <meta> charsets.

/** How the charset was chosen, for the import's evidence and for tests. */
export type CharsetSource = 'bom' | 'valid-utf-8' | 'http' | 'meta' | 'default';

export interface DecodedText {
  text: string;
  /** The WHATWG encoding name used, e.g. `utf-8`, `windows-1252`. */
  charset: string;
  source: CharsetSource;
}

/** How far into the bytes a `<meta charset>` or an XML declaration is looked for. */
export const SNIFF_BYTES = 4096;

/** Share of its non-ASCII characters a page may have broken (U+FFFD) and still be read as UTF-8: a few stray bytes. */
const MAX_BROKEN_UTF8 = 0.05;

/**
 * Decodes `bytes` to text. Order: byte-order mark; bytes that are valid UTF-8 and contain multibyte sequences
 * (random single-byte text almost never is, so this beats a wrong HTTP header or `<meta>`); the HTTP
 * `Content-Type` charset; the `<meta charset>` / `http-equiv` / XML declaration in the first 4 KB; UTF-8 when
 * it decodes with almost no errors; else windows-1252 (which decodes every byte).
 */
export function decodeBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const bom = charsetFromBom(bytes);
  if (bom) return { text: decodeWith(bom.charset, bytes.subarray(bom.length)), charset: bom.charset, source: 'bom' };
  const strictUtf8 = tryStrictUtf8(bytes);
  if (strictUtf8 !== undefined && hasNonAscii(bytes))
    return { text: strictUtf8, charset: 'utf-8', source: 'valid-utf-8' };
  const http = supportedCharset(charsetFromContentType(contentType));
  const meta = supportedCharset(sniffDeclaredCharset(bytes));
  const declared = http
    ? { charset: http, source: 'http' as const }
    : meta
      ? { charset: meta, source: 'meta' as const }
      : undefined;
  if (strictUtf8 !== undefined) {
    // Pure ASCII: every ASCII-compatible charset reads it the same; keep the declared name for the record.
    const charset = declared && isAsciiCompatible(declared.charset) ? declared.charset : 'utf-8';
    if (charset === 'utf-8') return { text: strictUtf8, charset, source: declared?.source ?? 'default' };
    return { text: decodeWith(charset, bytes), charset, source: declared?.source ?? 'default' };
  }
  if (declared && declared.charset !== 'utf-8') {
    return { text: decodeWith(declared.charset, bytes), charset: declared.charset, source: declared.source };
  }
  const lenient = new TextDecoder('utf-8').decode(bytes);
  if (brokenShare(lenient) <= MAX_BROKEN_UTF8)
    return { text: lenient, charset: 'utf-8', source: declared?.source ?? 'default' };
  return { text: decodeWith('windows-1252', bytes), charset: 'windows-1252', source: 'default' };
}

function charsetFromBom(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return undefined;
}

/** The `charset=` parameter of a Content-Type header value, lower-cased, or undefined. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** The charset a page declares in its first 4 KB: `<meta charset>`, `<meta http-equiv … content=…charset=…>`, `<?xml encoding>`. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, SNIFF_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1].toLowerCase();
  }
  return undefined;
}

/** The WHATWG name of a charset label this runtime can decode, else undefined. */
export function supportedCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function decodeWith(charset: string, bytes: Uint8Array): string {
  const text = new TextDecoder(charset).decode(bytes);
  // Node's decoder reads windows-1252 (the WHATWG name of Latin-1) as ISO-8859-1: 0x80–0x9F come out as C1 controls.
  return charset === 'windows-1252'
    ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c)
    : text;
}

/** windows-1252 characters for bytes 0x80–0x9F (undefined bytes stay as they are). */
const WINDOWS_1252_C1 = [
  '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
  '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
]; // prettier-ignore

function tryStrictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

function isAsciiCompatible(charset: string): boolean {
  return !/^utf-16/.test(charset);
}

/** U+FFFD among the non-ASCII characters of a lenient UTF-8 decoding. */
function brokenShare(text: string): number {
  let broken = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    if (code === 0xfffd) broken++;
  }
  return nonAscii ? broken / nonAscii : 0;
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 1024) out += String.fromCharCode(...bytes.subarray(i, i + 1024));
  return out;
}
