// Shared fixtures of the review tests: small articles written for these tests, and annotations on them.
import { describeSpan } from '../../../src/core/review/anchoring/anchoring';
import type { ReviewAnnotation, ReviewBody } from '../../../src/core/review/model';

/** Three full quotes (two speakers, one continuation), three claims, a town council. */
export const BRIDGE_ARTICLE = `date 2024-05-02 Mayor Anna Keller said on Monday that the town of Riverton will open a new bridge in June.

“We have waited ten years for this bridge,” Keller said at a press conference.

“It will change how people move through the valley,” said Tom Brandt, the town engineer.

“Nobody asked the farmers.”

Officials claimed that the project cost less than planned. Keller said that traffic would fall by a third, and the Riverton Council voted to fund a second bridge.
`;

/** One quote with no speaker anywhere near: the engine flags it as unattributed. */
export const STORM_ARTICLE =
  'date 2024-05-03 The storm closed three roads on Friday.\n\n“Stay at home if you can.”\n\nRain is expected to continue through the weekend.\n';

/** The minimum shape of issue 8 §2, verbatim (a contract for other tools). */
export const ISSUE_EXAMPLE = `{ "@context": ["http://www.w3.org/ns/anno.jsonld", { "seed": "urn:seed-annotator:" }],
  "type": "AnnotationPage",
  "items": [ {
    "id": "urn:uuid:…", "type": "Annotation", "motivation": "editing",
    "created": "2026-11-30T10:00:00Z",
    "target": { "source": "seeds/000_ff2cfafdf74160c4.txt", "selector": [
      { "type": "TextQuoteSelector", "exact": "“tactical”", "prefix": "…", "suffix": "…" },
      { "type": "TextPositionSelector", "start": 2061, "end": 2071 } ] },
    "body": { "type": "seed:QuoteReview", "seed:status": "corrected", "seed:speaker": "Wolf Blitzer" } } ] }`;

export interface AnnotateOptions {
  id?: string;
  created?: string;
  modified?: string;
  /** Which occurrence of `exact` (0-based). */
  occurrence?: number;
  source?: string;
  creator?: unknown;
}

let counter = 0;

/** An annotation on the `occurrence`-th `exact` of the text, with both selectors as the extension writes them. */
export function annotate(
  text: string,
  exact: string,
  body: ReviewBody,
  options: AnnotateOptions = {},
): ReviewAnnotation {
  let at = -1;
  for (let n = 0; n <= (options.occurrence ?? 0); n++) at = text.indexOf(exact, at + 1);
  if (at < 0 || !exact) throw new Error(`fixture: ${JSON.stringify(exact)} is not in the text`);
  return {
    id: options.id ?? `urn:uuid:00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    created: options.created ?? '2026-11-30T10:00:00Z',
    ...(options.modified ? { modified: options.modified } : {}),
    ...(options.creator !== undefined ? { creator: options.creator } : {}),
    source: options.source ?? 'seeds/bridge.txt',
    selectors: describeSpan(text, at, at + exact.length),
    body,
  };
}

/** An entity decision (it targets one mention, but applies to the entity everywhere). */
export function entityDecision(
  text: string,
  mention: string,
  body: Omit<Extract<ReviewBody, { kind: 'entity' }>, 'kind' | 'status'> & { status?: 'confirmed' | 'corrected' },
  options: AnnotateOptions = {},
): ReviewAnnotation {
  return annotate(text, mention, { kind: 'entity', status: body.status ?? 'corrected', ...body }, options);
}
