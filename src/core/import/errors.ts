// The one error type of article import; its message is written for the user and shown as is.

export type ImportErrorCode =
  'binary' | 'empty' | 'no-article' | 'malformed-feed' | 'no-text-layer' | 'unreadable-pdf' | 'invalid-input';

/** What was read before the import failed (a page without article text still has a title and a date). */
export interface PartialImport {
  title?: string;
  url?: string;
  outlet?: string;
  date?: string | null;
  dateEvidence?: string | null;
}

/** An import that cannot produce an article: `message` says why in words a user understands. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    /** For `no-article`: the metadata found, so a UI can offer to paste the text with title and date filled in. */
    readonly partial?: PartialImport,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
