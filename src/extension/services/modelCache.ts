// The workspace model built from the index's summaries: rebuilt on demand after a change, and for
// latency-sensitive readers (hovers) possibly one change behind, refreshed soon after.
import type { WorkspaceModel } from '../../core/model/workspaceModel';

const MODEL_REFRESH_MS = 50;

export class WorkspaceModelCache {
  private cached: WorkspaceModel | undefined;
  private last: WorkspaceModel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** How long the last build took (the index spaces partial refreshes by it). */
  lastBuildMs = 0;

  constructor(private readonly build: () => WorkspaceModel) {}

  /** The summaries changed. */
  invalidate(): void {
    this.cached = undefined;
  }

  model(): WorkspaceModel {
    if (!this.cached) {
      const started = performance.now();
      this.cached = this.build();
      this.lastBuildMs = performance.now() - started;
    }
    this.last = this.cached;
    return this.cached;
  }

  /**
   * The model, possibly one change behind: rebuilding it for thousands of files after every edit would cost
   * more than a hover may take. It is refreshed soon after.
   */
  recentModel(): WorkspaceModel {
    if (this.cached || !this.last) return this.model();
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      if (!this.disposed) this.model();
    }, MODEL_REFRESH_MS);
    return this.last;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }
}
