// Lines of a byte stream, read as they are needed: the stream is pulled only while the consumer asks for
// the next line, so a slow consumer pauses the input (backpressure). A line longer than the limit is not
// kept: its bytes are counted and dropped, so memory stays bounded by the limit whatever the input.
import type { JsonlTask } from './jsonlRecord';

const NEWLINE = 0x0a;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The line's bytes are valid UTF-8. */
function isUtf8(bytes: Buffer): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Text of one line: UTF-8, without its CR before the LF, and without a byte order mark on line 1. Invalid
 * UTF-8 is decoded leniently (so the line's id can still be named) and flagged.
 */
function lineTask(parts: Buffer[], lineNo: number, bytes: number): JsonlTask {
  const buffer = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  let text = buffer.toString('utf8');
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (lineNo === 1 && text.startsWith('\ufeff')) text = text.slice(1);
  return isUtf8(buffer) ? { lineNo, bytes, text } : { lineNo, bytes, text, invalidUtf8: true };
}

/** Splits `input` into lines numbered from 1; a last line without a newline counts too. */
export async function* readJsonlLines(
  input: AsyncIterable<Buffer | string>,
  maxLineBytes: number,
): AsyncGenerator<JsonlTask> {
  let parts: Buffer[] = [];
  let bytes = 0;
  let lineNo = 0;
  const take = (): JsonlTask => {
    lineNo++;
    const task: JsonlTask = bytes > maxLineBytes ? { lineNo, bytes } : lineTask(parts, lineNo, bytes);
    parts = [];
    bytes = 0;
    return task;
  };
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    while (start < buffer.length) {
      const newline = buffer.indexOf(NEWLINE, start);
      const end = newline < 0 ? buffer.length : newline;
      bytes += end - start;
      if (bytes <= maxLineBytes) parts.push(buffer.subarray(start, end));
      else parts = [];
      if (newline < 0) break;
      yield take();
      start = newline + 1;
    }
  }
  if (bytes > 0 || parts.length) yield take();
}
