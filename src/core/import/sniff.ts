// What a byte string is: PDF, gzip, binary data, a feed, an HTML page or plain text.
import { looksLikeFeed } from './feeds';

export type ContentKind = 'pdf' | 'gzip' | 'binary' | 'feed' | 'html' | 'text';

/** Magic numbers of binary formats that are never an article. */
const BINARY_MAGIC: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
  [0x00, 0x00, 0x00], // MP4 / ISO media box sizes
];

/** Bytes looked at to tell text from binary data. */
const SNIFF_BYTES = 8192;

/** The kind of raw bytes, before decoding (PDF, gzip, binary) — undefined for text of some kind. */
export function byteKind(bytes: Uint8Array, contentType = ''): ContentKind | undefined {
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (/application\/pdf/i.test(contentType) || indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0) return 'pdf';
  if (startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe])) return undefined; // UTF-16 text has NULs
  if (BINARY_MAGIC.some((magic) => startsWith(bytes, magic))) return 'binary';
  return controlShare(bytes.subarray(0, SNIFF_BYTES)) > 0.02 ? 'binary' : undefined;
}

/** The kind of decoded text: a feed, an HTML page, or plain text. */
export function textKind(text: string, contentType = '', fileName = ''): 'feed' | 'html' | 'text' {
  if (/(rss|atom)\+xml/i.test(contentType) || looksLikeFeed(text)) return 'feed';
  if (/\.(txt|md|text)$/i.test(fileName) || /^text\/plain/i.test(contentType)) return 'text';
  if (/html/i.test(contentType) || /\.x?html?$/i.test(fileName)) return 'html';
  return /<(!doctype\s+html|html|head|body|p|div|article|br)[\s>/]/i.test(text.slice(0, 4096)) ? 'html' : 'text';
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function indexOfAscii(bytes: Uint8Array, ascii: string): number {
  outer: for (let i = 0; i + ascii.length <= bytes.length; i++) {
    for (let j = 0; j < ascii.length; j++) if (bytes[i + j] !== ascii.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

/** Share of bytes that are control characters other than tab, newline, form feed and carriage return. */
function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  return bytes.length ? control / bytes.length : 0;
}
