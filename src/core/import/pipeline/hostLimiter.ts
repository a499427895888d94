// At most N requests at a time to one host: a queue per host name.

export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly perHost: number) {}

  /** Runs `task` when the host has a free slot. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    if ((this.active.get(host) ?? 0) >= this.perHost) {
      await new Promise<void>((resolve) => this.waiting.set(host, [...(this.waiting.get(host) ?? []), resolve]));
    }
    this.active.set(host, (this.active.get(host) ?? 0) + 1);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private release(host: string): void {
    const count = (this.active.get(host) ?? 1) - 1;
    if (count) this.active.set(host, count);
    else this.active.delete(host);
    const queue = this.waiting.get(host);
    const next = queue?.shift();
    if (!queue?.length) this.waiting.delete(host);
    next?.();
  }
}
