// seed-annotate --export: the files named, review applied, as one JSON-LD document for other tools —
// W3C Web Annotations (machine and reader annotations) or schema.org ClaimReview (claims with a verdict).
import { provenanceOfItems } from '../core/import/pipeline/provenance';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { claimReviews, jsonLdText, webAnnotationCollection, type ReviewExportArticle } from '../core/review/exports';
import type { ReviewedAnalysis } from '../core/review/apply';
import { summarize } from '../core/summary/summary';
import type { Analysis } from '../engine/types';
import type { ArticleReviewResult } from './review';

export const EXPORT_FORMATS = ['w3c', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: string | undefined): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value ?? '');

/** Collects the run's articles, then prints one document. */
export class CliExport {
  private readonly articles: ReviewExportArticle[] = [];

  constructor(private readonly format: ExportFormat) {}

  add(file: string, text: string, result: ArticleReviewResult): void {
    const analysis: Analysis | ReviewedAnalysis = result.review
      ? { ...result.analysis, review: result.review }
      : result.analysis;
    this.articles.push({
      summary: summarize(file, text, analysis),
      source: result.source,
      text,
      annotations: result.annotations,
      url: pathToFileURL(path.resolve(file)).href,
      describing: result.describing,
      provenance: provenanceOfItems(result.describing ?? []),
    });
  }

  document(): string {
    const doc =
      this.format === 'w3c'
        ? webAnnotationCollection(this.articles, { version: packageVersion() })
        : claimReviews(this.articles);
    return jsonLdText(doc);
  }
}

/** The version in the package.json beside the bundle (dist/cli.js → package.json). */
export function packageVersion(): string {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
