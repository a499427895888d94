// Writing one imported article: the seed file (a free name), the gzip snapshot and the provenance annotation in
// its sidecar, each atomically; a failure removes what this import wrote, so nothing is left half-done.
import { articlePathOf, sidecarPathFor } from '../review/jsonld';
import { DuplicateIndex } from './duplicates';
import type { DecidedDate } from './dates';
import type { ExtractedArticle } from './extract';
import { freeSeedName } from './fileName';
import { provenanceAnnotation, provenanceOfSidecar, sidecarWithProvenance } from './provenance';
import { composeSeedText } from './seedText';
import type { CollectionFiles, ImportIO, ImportOptions } from './types';

export const SNAPSHOT_FOLDER = '.seed-annotations/snapshots';

export interface ArticleToWrite {
  article: ExtractedArticle;
  date: DecidedDate;
  bytes: Uint8Array;
  url?: string;
}

/** The collection's articles by text (seed files) and by URL (sidecars' provenance). */
export async function loadCollection(files: CollectionFiles): Promise<DuplicateIndex> {
  const index = new DuplicateIndex();
  for (const file of await files.listSeedFiles()) {
    const text = await files.readText(file).catch(() => undefined);
    if (text !== undefined) index.addText(file, text);
  }
  for (const sidecar of await files.listSidecars()) {
    const article = articlePathOf(sidecar);
    const provenance = article ? provenanceOfSidecar(await files.readText(sidecar).catch(() => undefined)) : undefined;
    if (article && provenance?.url) index.addUrl(article, provenance.url);
  }
  return index;
}

const stamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Writes the article; resolves to the seed file's path relative to the collection root. */
export async function writeArticle(item: ArticleToWrite, io: ImportIO, options: ImportOptions): Promise<string> {
  const { article, date } = item;
  const file = await freeSeedName(
    options.outFolder,
    { date: date.date, outlet: article.outlet, title: article.title },
    (p) => io.files.exists(p),
  );
  const sidecar = sidecarPathFor(file);
  const sha256 = await io.sha256(item.bytes);
  const snapshot = options.keepSnapshot ? `${SNAPSHOT_FOLDER}/${sha256}.${article.format}.gz` : undefined;
  const now = stamp(io.now());
  const annotation = provenanceAnnotation(io.newId(), now, file, {
    url: item.url,
    title: article.title,
    outlet: article.outlet,
    byline: article.byline,
    published: date.date,
    dateEvidence: date.dateEvidence,
    language: article.language,
    retrieved: now,
    sha256,
    snapshot,
  });
  const merged = sidecarWithProvenance(await io.files.readText(sidecar), annotation);
  if ('error' in merged) throw new Error(`${sidecar}: ${merged.error}`);
  const written: string[] = [];
  try {
    await io.files.write(file, composeSeedText(date.date, article.paragraphs));
    written.push(file);
    if (snapshot && !(await io.files.exists(snapshot))) {
      await io.files.write(snapshot, io.gzip(item.bytes));
      written.push(snapshot);
    }
    await io.files.write(sidecar, merged.text, { overwrite: true });
    return file;
  } catch (error) {
    for (const path of written.reverse()) await io.files.remove(path).catch(() => undefined);
    throw error;
  }
}
