// The reader's review in the CLI: finds the collection's `.seed-annotations/` folder by searching upward
// from an article, within bounds (the repository, the home and current directories), reads every sidecar
// under it once per run, and prints the article's analysis with the human layer merged over the machine's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Analysis } from '../engine/types';
import { applyReviews, type ArticleReview } from '../core/review/apply';
import { articlePathOf, parseSidecar, SIDECAR_FOLDER, sidecarPathFor, type ParsedSidecar } from '../core/review/jsonld';
import { entityRules, type EntityRule, type ReviewAnnotation } from '../core/review/model';
import { sidecarSizeProblem } from '../core/review/sidecarLimits';

/** Every sidecar of one collection, read once. */
export interface CollectionReview {
  /** The folder that holds `.seed-annotations/`. */
  root: string;
  /** Parsed sidecars by article path relative to the root, '/'-separated. */
  sidecars: Map<string, ParsedSidecar>;
  /** Entity decisions of all valid sidecars. */
  rules: Map<string, EntityRule>;
}

/** What the CLI prints for one article, review applied. */
export type ReviewedOutput = Record<string, unknown> & { file: string };

export interface OrphanJson {
  id: string;
  exact: string;
  reason: string;
  kind: string;
  /** Where the annotation was (its TextPositionSelector), when it says. */
  start?: number;
  end?: number;
}

type Reporter = (file: string, reason: string) => void;

/** Where the upward search for `.seed-annotations/` may look. */
export interface ReviewBounds {
  /** The current directory: the search never goes above it. */
  cwd: string;
  /** The user's home directory: the search stops there. */
  home: string;
  /** `--review-root DIR`: the one root, for the articles under it; nothing is searched. */
  reviewRoot?: string;
}

export type RootSearch = { root: string } | { refused: string; reason: string } | undefined;

const isInside = (dir: string, folder: string): boolean => {
  const relative = path.relative(folder, dir);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** What `<dir>/.seed-annotations` is: a collection's folder, a refused symbolic link, or nothing. */
function sidecarFolderAt(dir: string): RootSearch {
  const folder = path.join(dir, SIDECAR_FOLDER);
  const stat = fs.lstatSync(folder, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink())
    return { refused: folder, reason: 'is a symbolic link: refused, no review is applied from it' };
  return stat?.isDirectory() ? { root: dir } : undefined;
}

/**
 * The collection root of an article: the nearest folder at or above the article's folder that holds a
 * `.seed-annotations/` folder, looking no higher than the first folder holding `.git`, the home directory
 * or the current directory (and never at the filesystem root); articles outside the current directory are
 * not searched. With `--review-root`, that folder for the articles under it.
 */
export function findCollectionRoot(articleFile: string, bounds: ReviewBounds): RootSearch {
  let dir = path.dirname(path.resolve(articleFile));
  if (bounds.reviewRoot !== undefined) {
    const root = path.resolve(bounds.reviewRoot);
    return isInside(dir, root) ? sidecarFolderAt(root) : undefined;
  }
  const cwd = path.resolve(bounds.cwd);
  const home = path.resolve(bounds.home);
  if (!isInside(dir, cwd)) return undefined;
  for (;;) {
    const up = path.dirname(dir);
    if (up === dir) return undefined; // the filesystem root is never a collection root
    const found = sidecarFolderAt(dir);
    if (found) return found;
    if (dir === cwd || dir === home || fs.existsSync(path.join(dir, '.git'))) return undefined;
    dir = up;
  }
}

/** What an entry that is not a regular file is, for the message that refuses it. */
function entryKind(entry: fs.Dirent | fs.Stats): string | undefined {
  if (entry.isFile()) return undefined;
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isDirectory()) return 'a directory';
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Sidecar names under `<root>/.seed-annotations/` ('/'-separated, relative to the root): the regular files,
 * and the `.json` entries that are something else (never opened: a FIFO would hang the read).
 */
function listSidecars(root: string): { files: string[]; refused: { name: string; kind: string }[] } {
  const folder = path.join(root, SIDECAR_FOLDER);
  const files: string[] = [];
  const refused: { name: string; kind: string }[] = [];
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.name.endsWith('.json')) continue;
    const name = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const kind = entryKind(entry);
    if (kind) refused.push({ name, kind });
    else files.push(name);
  }
  return { files: files.sort(), refused: refused.sort((a, b) => (a.name < b.name ? -1 : 1)) };
}

/** A sidecar's text, checked with lstat first (a regular file within the size cap), else why it is not read. */
function readSidecar(file: string): { text: string } | { error: string } {
  const stat = fs.lstatSync(file);
  const kind = entryKind(stat);
  if (kind) return { error: `${kind}, not a sidecar file: never read` };
  const tooLarge = sidecarSizeProblem(stat.size);
  if (tooLarge) return { error: tooLarge };
  return { text: fs.readFileSync(file, 'utf8') };
}

/**
 * Reads a collection's sidecars. Each invalid sidecar and each skipped annotation is reported (one line);
 * returns how many sidecars were unusable.
 */
export function loadCollection(
  root: string,
  report: Reporter,
  warn: Reporter,
): { collection: CollectionReview; failures: number } {
  const sidecars = new Map<string, ParsedSidecar>();
  let failures = 0;
  let names: string[] = [];
  try {
    const listed = listSidecars(root);
    names = listed.files;
    for (const { name, kind } of listed.refused) {
      const error = `${kind}, not a sidecar file: never read, its review is not applied`;
      const article = articlePathOf(name);
      if (article) sidecars.set(article, { annotations: [], skipped: [], error });
      report(path.join(root, ...name.split('/')), error);
      failures++;
    }
  } catch (error) {
    report(
      path.join(root, SIDECAR_FOLDER),
      `could not be read, no review is applied: ${oneLine((error as Error).message)}`,
    );
    failures++;
  }
  for (const relative of names) {
    const article = articlePathOf(relative);
    if (!article) continue;
    const file = path.join(root, ...relative.split('/'));
    let parsed: ParsedSidecar;
    try {
      const read = readSidecar(file);
      parsed = 'text' in read ? parseSidecar(read.text, article) : { annotations: [], skipped: [], error: read.error };
    } catch (error) {
      parsed = { annotations: [], skipped: [], error: (error as Error).message };
    }
    sidecars.set(article, parsed);
    if (parsed.error) {
      const reason = oneLine(parsed.error);
      report(
        file,
        reason.startsWith('not applied:') ? reason : `invalid sidecar, its review is not applied: ${reason}`,
      );
      failures++;
    }
    for (const { index, reason } of parsed.skipped) warn(file, `annotation ${index + 1} skipped: ${oneLine(reason)}`);
    for (const { index, reason } of parsed.warnings ?? []) warn(file, `annotation ${index + 1}: ${oneLine(reason)}`);
  }
  const rules = entityRules([...sidecars.values()].filter((s) => !s.error).flatMap((s) => s.annotations));
  return { collection: { root, sidecars, rules }, failures };
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The article path relative to the collection root, '/'-separated (the sidecars' `target.source`). */
export function articlePathIn(root: string, articleFile: string): string {
  return path.relative(root, path.resolve(articleFile)).split(path.sep).join('/');
}

/** One article with its collection's review applied (or the machine's analysis, and why). */
export interface ArticleReviewResult {
  /** The reviewed analysis when a review applied, else the machine's. */
  analysis: Analysis;
  review?: ArticleReview;
  root: string | null;
  /** The article's sidecar file, when it has one. */
  sidecar: string | null;
  /** Why the article's sidecar could not be used. */
  error?: string;
  /** The article relative to the collection root ('/'-separated), else as named on the command line. */
  source: string;
  /** The sidecar's annotations that were applied. */
  annotations: readonly ReviewAnnotation[];
  /** The sidecar's `describing` annotations (an import's provenance). */
  describing?: readonly unknown[];
}

/**
 * Applies the collection's review to one article: its own sidecar's annotations and every sidecar's entity
 * decisions. Without a collection, or when the article's own sidecar is invalid, the machine's analysis is kept.
 */
export function reviewArticle(
  file: string,
  text: string,
  machine: Analysis,
  collection: CollectionReview | undefined,
): ArticleReviewResult {
  if (!collection) return machineOnly(file, machine);
  const article = articlePathIn(collection.root, file);
  const sidecar = collection.sidecars.get(article);
  const sidecarFile = sidecar ? path.join(collection.root, ...sidecarPathFor(article).split('/')) : null;
  if (sidecar?.error)
    return {
      analysis: machine,
      root: collection.root,
      sidecar: sidecarFile,
      error: sidecar.error,
      source: article,
      annotations: [],
    };
  const annotations = sidecar?.annotations ?? [];
  const { review, ...reviewed } = applyReviews(machine, text, annotations, collection.rules);
  const describing = sidecar?.describing ?? [];
  return {
    analysis: reviewed,
    review,
    root: collection.root,
    sidecar: sidecarFile,
    source: article,
    annotations,
    describing,
  };
}

/** An article outside any collection (or read with --no-review): the machine's analysis. */
export function machineOnly(file: string, machine: Analysis): ArticleReviewResult {
  return { analysis: machine, root: null, sidecar: null, source: file.split(path.sep).join('/'), annotations: [] };
}

/**
 * The CLI's output for one article: corrected speakers and sources, `review` on every quote and claim (null
 * when undecided), a `review` summary and a top-level `orphans` list.
 */
export function reviewedOutput(file: string, text: string, result: ArticleReviewResult): ReviewedOutput {
  const { analysis, review, root, sidecar, error } = result;
  return {
    file,
    ...undecided(analysis),
    review: review ? reviewSummaryJson(review, root, sidecar, text) : { root, sidecar, ...(error ? { error } : {}) },
    orphans: review ? orphansJson(review) : [],
  };
}

/** Quotes and claims without a reader's decision carry `review: null`, so every item has the field. */
function undecided<T extends Analysis>(analysis: T): T {
  return {
    ...analysis,
    quotes: analysis.quotes.map((q) => ({ ...q, review: q.review ?? null })),
    claims: analysis.claims.map((c) => ({ ...c, review: c.review ?? null })),
  };
}

function reviewSummaryJson(
  review: ArticleReview,
  root: string | null,
  sidecar: string | null,
  text: string,
): Record<string, unknown> {
  return {
    root,
    sidecar,
    annotations: review.anchored.length + review.orphans.length,
    reviewed: review.reviewed,
    total: review.total,
    notes: review.notes.map((n) => ({
      id: n.id,
      start: n.start,
      end: n.end,
      exact: text.slice(n.start, n.end),
      text: n.text,
    })),
    rejected: review.rejected,
  };
}

export function orphansJson(review: ArticleReview): OrphanJson[] {
  return review.orphans.map(({ annotation, reason }) => {
    const p = annotation.selectors.position;
    return {
      id: annotation.id,
      exact: annotation.selectors.quote.exact,
      reason,
      kind: annotation.body.kind,
      ...(p ? { start: p.start, end: p.end } : {}),
    };
  });
}

/** One run's view of the collections its articles belong to: each root searched and read once. */
export class CliReviews {
  private readonly rootOfFolder = new Map<string, string | undefined>();
  private readonly collections = new Map<string, CollectionReview>();
  private readonly refused = new Set<string>();
  /** Sidecars that could not be read in this run. */
  failures = 0;

  constructor(
    private readonly report: Reporter,
    private readonly warn: Reporter,
    private readonly bounds: ReviewBounds,
    /** Told once per collection root in use (the CLI prints `review: .seed-annotations in DIR`). */
    private readonly announce: (root: string) => void = () => undefined,
  ) {}

  /** The article with its collection's review applied. */
  review(file: string, text: string, machine: Analysis): ArticleReviewResult {
    return reviewArticle(file, text, machine, this.collectionOf(file));
  }

  output(file: string, text: string, machine: Analysis): ReviewedOutput {
    return reviewedOutput(file, text, this.review(file, text, machine));
  }

  private rootOf(file: string): string | undefined {
    const folder = path.dirname(path.resolve(file));
    if (this.rootOfFolder.has(folder)) return this.rootOfFolder.get(folder);
    const found = findCollectionRoot(file, this.bounds);
    if (found && 'refused' in found && !this.refused.has(found.refused)) {
      this.refused.add(found.refused);
      this.report(found.refused, found.reason);
      this.failures++;
    }
    const root = found && 'root' in found ? found.root : undefined;
    this.rootOfFolder.set(folder, root);
    return root;
  }

  private collectionOf(file: string): CollectionReview | undefined {
    const root = this.rootOf(file);
    if (!root) return undefined;
    let collection = this.collections.get(root);
    if (!collection) {
      this.announce(root);
      const loaded = loadCollection(root, this.report, this.warn);
      this.failures += loaded.failures;
      this.collections.set(root, (collection = loaded.collection));
    }
    return collection;
  }
}
