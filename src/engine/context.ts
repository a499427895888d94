// What every stage of the analysis reads: the text, its structure and its tokens.
import type { Token } from './text/tokens';
import type { Header, Span } from './types';

export interface DocContext {
  text: string;
  header: Header;
  /** Offset where the article body starts (after the header). */
  bodyStart: number;
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
  /** Index into `tokens` of each sentence's first token (sentences without tokens get the next one). */
  sentenceFirstToken: number[];
}
