// Progress of a --jsonl run on stderr: a bar redrawn in place on a terminal, a plain line every few
// seconds when asked for (--progress) on a pipe or file, or nothing. Messages interleave cleanly.

export type ProgressMode = 'bar' | 'lines' | 'off';

/** The stream the progress goes to: stderr, or a test's stand-in. */
export interface ProgressStream {
  write(text: string): boolean;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressCounts {
  articles: number;
  failed: number;
  bytesRead: number;
}

const BAR_REDRAW_MS = 100;
const LINE_EVERY_MS = 10_000;

/** Bar on a terminal unless turned off; lines elsewhere only when asked for. */
export function progressMode(requested: boolean | undefined, stream: ProgressStream): ProgressMode {
  if (requested === false) return 'off';
  if (stream.isTTY) return 'bar';
  return requested ? 'lines' : 'off';
}

const megabytes = (bytes: number): string => `${(bytes / (1 << 20)).toFixed(1)} MB`;

export class JsonlProgress {
  private readonly started: number;
  private lastDrawn: number;
  private barShown = false;

  /** `totalBytes` is the input's size when known (a regular file on stdin), for a percentage. */
  constructor(
    private readonly stream: ProgressStream,
    private readonly mode: ProgressMode,
    private readonly totalBytes?: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.lastDrawn = this.started;
  }

  /** Called after every output line; draws only when the last drawing is old enough. */
  update(counts: ProgressCounts): void {
    if (this.mode === 'off') return;
    const now = this.now();
    const every = this.mode === 'bar' ? BAR_REDRAW_MS : LINE_EVERY_MS;
    if (now - this.lastDrawn < every) return;
    this.lastDrawn = now;
    if (this.mode === 'bar') {
      this.stream.write('\r' + this.barText(counts) + '\x1b[K');
      this.barShown = true;
    } else this.stream.write(`seed-annotate: ${this.statusText(counts)}\n`);
  }

  /** A message line (an error), written above the bar. */
  message(text: string): void {
    this.clearBar();
    this.stream.write(text);
  }

  /** Clears the bar and, unless progress is off, prints a summary line with CPU time and peak memory. */
  finish(counts: ProgressCounts, usage: { cpuSeconds: number; peakMemoryBytes: number }): void {
    if (this.mode === 'off') return;
    this.clearBar();
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? (counts.articles / seconds).toFixed(1) : '–';
    this.stream.write(
      `seed-annotate: ${counts.articles} articles in ${seconds.toFixed(1)} s (${rate}/s), ${counts.failed} failed, CPU ${usage.cpuSeconds.toFixed(1)} s, peak memory ${megabytes(usage.peakMemoryBytes)}\n`,
    );
  }

  private clearBar(): void {
    if (!this.barShown) return;
    this.stream.write('\r\x1b[K');
    this.barShown = false;
    this.lastDrawn = 0;
  }

  private statusText(counts: ProgressCounts): string {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? `${(counts.articles / seconds).toFixed(1)}/s` : '';
    const share = this.totalBytes
      ? `, ${Math.min(100, Math.floor((100 * counts.bytesRead) / this.totalBytes))}% of the input`
      : `, ${megabytes(counts.bytesRead)} read`;
    return `${counts.articles} articles, ${rate}, ${counts.failed} failed${share}`;
  }

  private barText(counts: ProgressCounts): string {
    const status = this.statusText(counts);
    if (!this.totalBytes) return status;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - status.length - 4));
    const filled = Math.min(width, Math.round((width * counts.bytesRead) / this.totalBytes));
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${status}`;
  }
}
