// The report's corpus kept up to date article by article: when the index changes, only the articles whose
// summary changed (a new object) are read again; folder lists and groups are recomputed only when the set of
// folders changes. The identities (speakers, genders) come from the workspace model, rebuilt by the index.
import type { WorkspaceModel } from '../model/workspaceModel';
import type { FileSummary } from '../summary/summary';
import { articleInfo, folderLayout, type ArticleInfo, type Corpus } from './corpus';
import { genderByPerson } from './gender';

export class IncrementalCorpus {
  private readonly summaries = new Map<string, FileSummary>();
  private readonly articles = new Map<string, ArticleInfo>();
  /** Direct folder → how many articles it holds. */
  private readonly folderCounts = new Map<string, number>();
  private layout: ReturnType<typeof folderLayout> = folderLayout([]);
  private layoutStale = false;
  /** Articles read again by the last sync (for tests and logs). */
  lastChanged = 0;

  constructor(
    private readonly relative: (path: string) => string,
    /** The outlet of an imported article (its provenance): its row in the report instead of its folder. */
    private readonly outletOf?: (path: string) => string | undefined,
  ) {}

  /** The corpus for the index's current summaries and model; equal to buildCorpus over them. */
  sync(summaries: readonly FileSummary[], model: WorkspaceModel): Corpus {
    const current = new Map<string, FileSummary>();
    for (const s of summaries) current.set(s.path, s);
    this.lastChanged = 0;
    for (const path of [...this.summaries.keys()])
      if (!current.has(path)) {
        this.remove(path);
        this.lastChanged++;
      }
    for (const [path, summary] of current)
      if (this.summaries.get(path) !== summary) {
        this.upsert(path, summary);
        this.lastChanged++;
      }
    if (this.layoutStale) {
      this.layout = folderLayout(this.folderCounts.keys());
      for (const a of this.articles.values()) a.group = a.outlet ?? this.layout.groups.get(a.folder)!;
      this.layoutStale = false;
    }
    return {
      model,
      articles: this.articles,
      folders: this.layout.folders,
      groupOf: this.layout.groupOf,
      genders: genderByPerson([...current.values()], model.resolve),
    };
  }

  private upsert(path: string, summary: FileSummary): void {
    this.remove(path);
    this.summaries.set(path, summary);
    if (summary.error) return;
    const info = articleInfo(summary, this.relative, this.outletOf);
    const count = this.folderCounts.get(info.folder) ?? 0;
    this.folderCounts.set(info.folder, count + 1);
    if (count === 0) this.layoutStale = true;
    info.group = info.outlet ?? this.layout.groups.get(info.folder) ?? '';
    this.articles.set(path, info);
  }

  private remove(path: string): void {
    if (!this.summaries.delete(path)) return;
    const info = this.articles.get(path);
    if (!info) return;
    this.articles.delete(path);
    const count = this.folderCounts.get(info.folder)! - 1;
    if (count > 0) this.folderCounts.set(info.folder, count);
    else {
      this.folderCounts.delete(info.folder);
      this.layoutStale = true;
    }
  }
}
