// The engine's public data model. Offsets are UTF-16 code units into the analysed text, end exclusive.

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'PER' | 'LOC' | 'ORG';

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  entityId: string;
}

/** A person, place or organization, with all its mentions clustered together. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical (longest, title-free) name, e.g. "Jens Stoltenberg". */
  name: string;
  /** Every distinct surface form seen, canonical name included. */
  aliases: string[];
  /** Role or title when one was seen next to the name, e.g. "NATO Secretary-General". */
  role?: string;
  /** For a place: demonym mentions linked to it ("Ukrainian" → Ukraine). */
  demonyms?: string[];
  /** For a person: gender when a title or first name reveals it (used to resolve he/she). */
  gender?: 'male' | 'female';
  mentions: Span[];
  review?: ReviewMark;
}

export type AttributionRule =
  | 'adjacent' // “…,” Stoltenberg said / Stoltenberg said: “…”
  | 'inverted' // “…,” said Stoltenberg
  | 'appositive' // “…,” Stoltenberg, a doctor, said
  | 'pronoun' // “…,” he added → last compatible person
  | 'next-sentence' // attribution in the following sentence
  | 'previous-sentence' // attribution in the preceding sentence
  | 'continuation' // a quote continuing the previous quote's speaker
  | 'reported-speech' // partial quote inside reported speech → the reporting source
  | 'reviewed' // set by a reader (the review layer), never by the engine
  | 'label' // Stoltenberg: “…” / “STOLTENBERG: …”
  | 'signature' // “…” ― Stoltenberg (a dash and the name after the quote)
  | 'colon' // Stoltenberg then addressed the crowd: “…”
  | 'introduction' // a sentence ending in a colon introduces the quote
  | 'multi-paragraph' // a quote running over several paragraphs
  | 'previous-paragraph' // a quote-only paragraph → the previous paragraph's reporting clause
  | 'previous-quote'; // a paragraph opening with a quote → the speaker of the quote ending the paragraph before

export interface SpeakerCandidate {
  name: string;
  entityId?: string;
  mention?: Span;
}

/** Who a quote or claim is attributed to, and why. */
export interface Attribution {
  /** Display name: the resolved entity's canonical name, or the mention text. */
  name: string;
  entityId?: string;
  /** The mention the attribution rests on (e.g. the "he" of "he added"). */
  mention?: Span;
  /** The cue verb, e.g. "said", "added", "according to". */
  cue?: Span;
  rule: AttributionRule;
  /** 0..1: the probability that the speaker is right, estimated from the evidence (see quotes/confidence.ts). */
  confidence: number;
  /** The rule's own confidence before the fitted model replaced it (one of the model's features). */
  ruleConfidence?: number;
  /** Human-readable evidence, e.g. ['"he" → Jens Stoltenberg (last person mentioned)']. */
  evidence: string[];
  /** An unnamed source such as "officials" or "a source". */
  anonymous?: boolean;
  /** Other plausible speakers when the attribution is ambiguous. */
  candidates?: SpeakerCandidate[];
  /** For a reader-named speaker that is no entity of the article: the type the reader gave. */
  entityType?: EntityType;
  /** The speaker's role where the text gives one: "press secretary" in "White House press secretary Josh Earnest". */
  role?: string;
  /** The organization the speaker speaks for: "White House". */
  affiliation?: string;
  /** The whole speaker phrase in the text (role, affiliation and name), when wider than `mention`. */
  phrase?: Span;
  /** The description in the text ("the mayor") when the speaker was resolved from one to the entity it names. */
  description?: string;
  /** Why the speaker is uncertain: 'surname' when several people of the article share the name and the evidence
   * could not decide (`candidates` lists them). */
  ambiguity?: 'surname';
}

/**
 * A reader's decision over a machine annotation, or a reader's own annotation. Set by the review layer
 * (src/core/review), never by the engine.
 */
export interface ReviewMark {
  status: 'confirmed' | 'corrected' | 'rejected' | 'added';
  /** The id of the W3C annotation that carries the decision. */
  annotation: string;
  /** What the engine said (speaker or source name) when the reader corrected it. */
  machine?: string;
  verdict?: string;
  note?: string;
  evidence?: string[];
  /** An entity a reader split off another for one mention: the collection's entity rules do not move it. */
  split?: boolean;
}

export interface Quote extends Span {
  /** Text between the marks. */
  text: string;
  /** Span of the inner text (without the marks). */
  inner: Span;
  /** A short quoted fragment inside reported speech (“turning point”). */
  partial: boolean;
  /** Opened but never closed in its paragraph. */
  unclosed: boolean;
  paragraph: number;
  speaker: Attribution | null;
  review?: ReviewMark;
}

export interface Hedge extends Span {
  text: string;
}

export interface Claim {
  /** The reported content. */
  content: Span;
  /** The reporting source ("Russia leaders", "officials"). */
  source: Attribution;
  cue: Span;
  hedges: Hedge[];
  /** Whole sentence span the claim was found in. */
  sentence: Span;
  /** The id of the rule that found the source (claims/claimSourceRules.ts), when one was named. */
  sourceRule?: string;
  review?: ReviewMark;
}

export interface DateMention extends Span {
  text: string;
  /** Resolved calendar date (YYYY-MM-DD) when the text has a reference date. */
  date?: string;
  /** For periods ("last week"): the resolved range. */
  range?: { start: string; end: string };
  /** The mention needs a reference date (relative) or names a day itself (absolute). */
  relative: boolean;
}

export type ProblemCode =
  | 'unattributed-quote'
  | 'ambiguous-attribution'
  | 'ambiguous-speaker'
  | 'unbalanced-quote'
  | 'anonymous-source'
  | 'missing-header'
  | 'malformed-header'
  | 'impossible-date'
  | 'future-date'
  | 'truncated-input'
  | 'orphaned-annotation'
  | 'bidi-control'
  | 'engine-error';

export type ProblemSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface RelatedSpan extends Span {
  message: string;
}

export interface Problem extends Span {
  code: ProblemCode;
  message: string;
  severity: ProblemSeverity;
  related?: RelatedSpan[];
}

export interface Header {
  /** ISO date when the header is present and valid. */
  date?: string;
  /** Span of the `date YYYY-MM-DD` header text when present. */
  span?: Span;
}

export interface Analysis {
  /** Length of the analysed text. */
  length: number;
  header: Header;
  paragraphs: Span[];
  sentences: Span[];
  entities: Entity[];
  mentions: Mention[];
  quotes: Quote[];
  claims: Claim[];
  dates: DateMention[];
  problems: Problem[];
  /**
   * Set on the analysis of a long text's first window (see windows.ts): only what starts in `covered` is
   * reported, and the whole text's analysis is to follow. Absent on an analysis of the whole text.
   */
  window?: AnalysisWindow;
}

/** The part of a text a window analysis reports. */
export interface AnalysisWindow {
  /** The reported part, from the start of the text; nothing starting after `covered.end` is reported. */
  covered: Span;
  /** Characters analysed: the covered part and the overlap after it. */
  analysed: number;
}

export interface AnalyzeOptions {
  /** Reference date (YYYY-MM-DD) used when the text has no header. */
  referenceDate?: string;
  /** Expect a `date YYYY-MM-DD` header (seed files); without it a missing header is not a problem. */
  expectHeader?: boolean;
  /** Characters analysed at most; the rest is reported as a `truncated-input` problem. */
  maxChars?: number;
  /**
   * `fast` (default): compromise's lexicon and pre-tagger only, about twice as fast as `full`, which
   * adds compromise's post-tagger match rules.
   */
  tagging?: 'full' | 'fast';
  /**
   * Keep each paragraph's parse for the next analysis of the same text (default true: typing re-tags only
   * the edited paragraph). False for an article read once (the index's workers): the cache would only hold
   * memory (some 36 MB per worker after a few thousand articles).
   */
  parseCache?: boolean;
  /** "Today" for future-date checks (YYYY-MM-DD); defaults to the current date. */
  today?: string;
  /** Called when a stage fails; the analysis goes on without that stage's results (see `engine-error`). */
  onError?: (error: EngineError) => void;
}

/** A stage of the analysis that threw: its results are missing, the rest of the analysis is complete. */
export interface EngineError {
  stage: 'entities' | 'quotes' | 'speakers' | 'claims' | 'dates';
  message: string;
  error: unknown;
}
