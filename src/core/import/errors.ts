// The one error type of article import; its message is written for the user and shown as is.

export type ImportErrorCode =
  | 'binary'
  | 'empty'
  | 'no-article'
  | 'malformed-feed'
  | 'no-text-layer'
  | 'unreadable-pdf'
  | 'invalid-input';

/** An import that cannot produce an article: `message` says why in words a user understands. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
