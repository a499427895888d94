// Files to summarise again, coalesced: ids queued within a short delay are handled together, one batch at a time.
import { log } from '../log';

const UPDATE_DELAY_MS = 50;

export class IndexUpdateQueue {
  private readonly queued = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The batch being handled, if any. */
  updating: Promise<void> = Promise.resolve();

  constructor(private readonly handle: (ids: string[]) => Promise<void>) {}

  add(id: string): void {
    this.queued.add(id);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.updating = this.updating
        .then(() => this.flush())
        .catch((error) => log().error('Index update failed', error));
    }, UPDATE_DELAY_MS);
  }

  delete(id: string): void {
    this.queued.delete(id);
  }

  /** Nothing is queued or waiting for its delay. */
  get idle(): boolean {
    return !this.timer && !this.queued.size;
  }

  /** Resolves after the delay of ids queued now. */
  async settle(): Promise<void> {
    if (this.timer) await new Promise((resolve) => setTimeout(resolve, UPDATE_DELAY_MS));
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private async flush(): Promise<void> {
    if (!this.queued.size) return;
    const ids = [...this.queued];
    this.queued.clear();
    await this.handle(ids);
  }
}
