// What the review store knows of one article's sidecar, and what it tells its listeners.
import type * as vscode from 'vscode';
import type { ReviewAnnotation } from '../../core/review/model';

export interface Sidecar {
  uri: vscode.Uri;
  article: vscode.Uri;
  /** The article's path relative to the collection root, as annotations name it. */
  source: string;
  annotations: ReviewAnnotation[];
  /** The article's `describing` annotations (its import provenance), written back untouched. */
  describing: unknown[];
  /** As last read from or written to disk: the base of three-way merges. */
  base: ReviewAnnotation[];
  diskText: string | undefined;
  /** The sidecar on disk is unusable: the article shows machine annotations only and nothing is written. */
  error?: string;
  /** Positions moved by live edits not yet saved. */
  shifted: boolean;
  revision: number;
  writing: Promise<void>;
}

export interface ReviewChange {
  articles: vscode.Uri[];
  /** Entity decisions changed: every article and the workspace model are affected. */
  entityRules: boolean;
}

/** Why a sidecar is not used; `review-not-applied`: beyond the caps. */
export interface Refusal {
  code: 'invalid-sidecar' | 'review-not-applied';
  reason: string;
}
