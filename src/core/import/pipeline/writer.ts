// Writing one imported article: the seed file (a free name), the gzip snapshot and the provenance annotation in
// its sidecar, each atomically; a failure removes what this import wrote, so nothing is left half-done.
import {
  buildArticleSourceAnnotation,
  composeSeedText,
  gzipBytes,
  seedFileName,
  sha256Hex,
  snapshotPath,
  uniqueFileName,
} from '..';
import { articlePathOf, sidecarPathFor } from '../../review/jsonld';
import type { DecidedDate } from './dates';
import { DuplicateIndex } from './duplicates';
import type { ExtractedArticle } from './extract';
import { provenanceOfSidecar, sidecarWithProvenance } from './provenance';
import type { CollectionFiles, ImportIO, ImportOptions } from './types';

export interface ArticleToWrite {
  article: ExtractedArticle;
  date: DecidedDate;
  bytes: Uint8Array;
  url?: string;
}

/** The collection's articles by text (seed files) and by URL (sidecars' provenance). */
export async function loadCollection(files: CollectionFiles, progress?: (m: string) => void): Promise<DuplicateIndex> {
  const index = new DuplicateIndex();
  const seedFiles = await files.listSeedFiles();
  if (seedFiles.length > MAX_COMPARED_FILES)
    progress?.(`duplicates are checked against the first ${MAX_COMPARED_FILES} of ${seedFiles.length} text files`);
  for (const file of seedFiles.slice(0, MAX_COMPARED_FILES)) {
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

/** Most seed files read for duplicate checks (a collection root that is a home folder holds many .txt files). */
const MAX_COMPARED_FILES = 50_000;

const stamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A name in `folder` no file has (checked case-insensitively, as the library's clash rule does). */
async function freeName(folder: string, name: string, files: CollectionFiles): Promise<string> {
  const prefix = folder ? `${folder}/` : '';
  const taken = (await files.namesIn(folder)).filter((n) => n.endsWith('.txt'));
  return `${prefix}${uniqueFileName(name, taken)}`;
}

/** Writes the article; resolves to the seed file's path relative to the collection root. */
export async function writeArticle(item: ArticleToWrite, io: ImportIO, options: ImportOptions): Promise<string> {
  const { article, date } = item;
  const file = await freeName(options.outFolder, seedFileName(date.date, article.outlet, article.title), io.files);
  const sidecar = sidecarPathFor(file);
  const sha256 = await sha256Hex(item.bytes);
  const snapshot = options.keepSnapshot ? snapshotPath(sha256, article.format) : undefined;
  const now = stamp(io.now());
  const annotation = buildArticleSourceAnnotation(
    {
      target: file,
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
    },
    io.newId(),
  );
  const merged = sidecarWithProvenance(await io.files.readText(sidecar), annotation);
  if ('error' in merged) throw new Error(`${sidecar}: ${merged.error}`);
  const written: string[] = [];
  try {
    await io.files.write(file, composeSeedText(date.date, article.paragraphs));
    written.push(file);
    if (snapshot && !(await io.files.exists(snapshot))) {
      await io.files.write(snapshot, gzipBytes(item.bytes));
      written.push(snapshot);
    }
    await io.files.write(sidecar, merged.text, { overwrite: true });
    return file;
  } catch (error) {
    for (const path of written.reverse()) await io.files.remove(path).catch(() => undefined);
    throw error;
  }
}
