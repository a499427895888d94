// Hover text for people, places, organizations, quotes, claims and dates, as markdown strings. Pure: the
// VS Code hover only converts them. Every text from an article or a sidecar goes through markdown.ts.
import type { Attribution, Claim, DateMention, Entity, EntityType, Quote, Span } from '../../engine/types';
import type { WorkspaceModel } from '../model/workspaceModel';
import type { RangeTuple } from '../summary/lineIndex';
import { entityKey } from '../summary/entityKey';
import { itemsAt } from '../summary/lookup';
import { snippet, sourceName } from '../summary/summary';
import { reviewActionsAt } from '../review/actionsAt';
import type { ReviewedAnalysis } from '../review/apply';
import { VERDICT_LABELS, type Verdict } from '../review/model';
import { REVEAL_RANGE_COMMAND } from './commandIds';
import { commandLink, escapeMarkdown, evidenceLink } from './markdown';
import { actionLinks, notesText, rejectedText } from './reviewHoverText';

/** The hovered article: its URI (what command links name), its text and its index id. */
export interface HoverDocument {
  uri: string;
  text: string;
  path: string;
}

export interface HoverContext {
  model: WorkspaceModel;
  maxQuotes: number;
  /** The URI string of an indexed file, for reveal links. */
  uriOf(path: string): string;
  fileLabel(path: string): string;
}

export interface HoverText {
  /** One markdown string per section. */
  sections: string[];
  /** The span the hover covers. */
  span: Span;
}

const TYPE_NAMES: Record<EntityType, string> = { PER: 'person', LOC: 'place', ORG: 'organization' };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Everything the hover shows at an offset, or undefined when there is nothing there. */
export function hoverAt(
  analysis: ReviewedAnalysis,
  document: HoverDocument,
  offset: number,
  context: HoverContext,
): HoverText | undefined {
  const found = itemsAt(analysis, offset);
  const sections: string[] = [];
  const spans: Span[] = [];
  const add = (section: string, span?: Span): void => {
    sections.push(section);
    if (span) spans.push(span);
  };
  const rejected = analysis.review.rejected.find((r) => r.start <= offset && offset < r.end);
  if (rejected) add(rejectedText(rejected, document.uri), rejected);
  if (found.entity && found.mention) {
    add(entityText(found.entity, document.path, context));
    spans.unshift(found.mention);
  }
  if (found.date) add(dateText(found.date), found.date);
  if (found.quote) add(quoteText(found.quote, document.text), found.quote);
  if (found.claim && !found.quote) add(claimText(found.claim, document.text), found.claim.content);
  const actions = reviewActionsAt(analysis, offset, undefined, found);
  if (actions.length) add(actionLinks(actions, document.uri));
  const notes = analysis.review.notes.filter((n) => n.start <= offset && offset <= n.end);
  if (notes.length) add(notesText(notes, document.uri), notes[0]);
  return sections.length && spans.length ? { sections, span: spans[0]! } : undefined;
}

/** " — corrected (the engine said …)" and the like, after a quote's or claim's first line. */
export function reviewLine(mark: Quote['review'], what: string): string {
  if (!mark) return '';
  switch (mark.status) {
    case 'confirmed':
      return ' — confirmed';
    case 'added':
      return ' — added by a reader';
    default:
      return mark.machine !== undefined
        ? ` — corrected (the engine said ${escapeMarkdown(mark.machine || `no ${what}`)})`
        : ' — corrected';
  }
}

export function entityText(entity: Entity, path: string, context: HoverContext): string {
  const { model, maxQuotes } = context;
  const key = model.resolve(entityKey(entity.type, entity.name), path);
  const group = model.entities.get(key);
  const name = group?.name ?? entity.name;
  let md = `**${escapeMarkdown(name)}** — ${TYPE_NAMES[entity.type]}`;
  if (entity.role) md += `, *${escapeMarkdown(entity.role)}*`;
  if (entity.review)
    md += entity.review.machine
      ? ` — reviewed (the engine said ${escapeMarkdown(entity.review.machine)})`
      : ' — reviewed';
  md += '\n\n';
  const aliases = [...new Set([...entity.aliases, ...(group?.aliases ?? [])])].filter((a) => a !== name);
  if (aliases.length) md += `Also: ${aliases.map(escapeMarkdown).join(', ')}\n\n`;
  if (entity.demonyms?.length) md += `Demonyms: ${entity.demonyms.map(escapeMarkdown).join(', ')}\n\n`;
  const workspace = group
    ? `${plural(group.total, 'mention')} in ${plural(group.files.length, 'article')} of the workspace`
    : 'not indexed yet';
  md += `${plural(entity.mentions.length, 'mention')} in this article · ${workspace}\n\n`;
  const speaker = model.speakers.find((s) => s.key === key);
  if (!speaker || maxQuotes <= 0) return md;
  md += `Quotes (${speaker.quotes.length}):\n\n`;
  for (const { path: at, quote } of speaker.quotes.slice(0, maxQuotes))
    md += `- ${revealText(`“${snippet(quote.text, 70)}”`, context.uriOf(at), quote.range)} — ${escapeMarkdown(context.fileLabel(at))}:${quote.range[0] + 1}\n`;
  if (speaker.quotes.length > maxQuotes) md += `- …and ${speaker.quotes.length - maxQuotes} more\n`;
  return md;
}

/** A link that opens a file and selects a range. */
export function revealText(title: string, uri: string, range: RangeTuple): string {
  return commandLink(title, REVEAL_RANGE_COMMAND, [uri, range]);
}

export function quoteText(quote: Quote, text: string): string {
  const kind = quote.partial ? 'Partial quote' : 'Quote';
  const speaker = quote.speaker;
  if (!speaker) {
    const settled = quote.review
      ? `no speaker named${reviewLine(quote.review, 'speaker')}`
      : `no speaker found${quote.unclosed ? ' (the quotation mark is never closed)' : ''}`;
    return `**${kind}** — ${settled}`;
  }
  const anonymous = speaker.anonymous ? ' (anonymous source)' : '';
  const likelihood = quote.review ? '' : ` (${confidenceWords(speaker.confidence)})`;
  return `**${kind}** — speaker: **${escapeMarkdown(sourceName(speaker))}**${anonymous}${likelihood}${reviewLine(quote.review, 'speaker')}\n\n${attributionText(speaker, text)}`;
}

/** A probability as a reader says it: the number itself stays in the evidence line. */
export function confidenceWords(confidence: number): string {
  if (confidence >= 0.9) return 'very likely';
  if (confidence >= 0.7) return 'likely';
  if (confidence >= 0.45) return 'uncertain';
  return 'doubtful';
}

/** "press secretary, White House": who the speaker is, as the text says it. */
function roleLine(attribution: Attribution): string {
  const parts = [attribution.role, attribution.affiliation].filter((p): p is string => !!p);
  return parts.length ? `${parts.map(escapeMarkdown).join(', ')}\n\n` : '';
}

function attributionText(attribution: Attribution, text: string): string {
  const details = [
    `rule: ${escapeMarkdown(attribution.rule)}`,
    `confidence ${Math.round(attribution.confidence * 100)}%`,
  ];
  if (attribution.cue) details.unshift(`cue “${escapeMarkdown(slice(text, attribution.cue))}”`);
  let md = `${roleLine(attribution)}${details.join(' · ')}\n\n`;
  if (attribution.description)
    md += `${escapeMarkdown(attribution.description)} → ${escapeMarkdown(attribution.name)} (described)\n\n`;
  else if (attribution.mention) {
    const said = slice(text, attribution.mention);
    if (said !== attribution.name) md += `“${escapeMarkdown(said)}” → ${escapeMarkdown(attribution.name)}\n\n`;
  }
  if (attribution.ambiguity === 'surname' && attribution.candidates?.length)
    md += `Ambiguous speaker: ${attribution.candidates.map((c) => escapeMarkdown(c.name)).join(' or ')}\n\n`;
  for (const step of attribution.evidence) md += `- ${escapeMarkdown(step)}\n`;
  const others = attribution.candidates?.filter((c) => c.name !== attribution.name) ?? [];
  if (others.length) md += `\nOther candidates: ${others.map((c) => escapeMarkdown(c.name)).join(', ')}\n`;
  return md;
}

export function claimText(claim: Claim, text: string): string {
  const anonymous = claim.source.anonymous ? ' (anonymous source)' : '';
  const likelihood = claim.review || !claim.source.name ? '' : ` (${confidenceWords(claim.source.confidence)})`;
  let md = `**Claim** — source: **${escapeMarkdown(sourceName(claim.source))}**${anonymous}${likelihood}${reviewLine(claim.review, 'source')}\n\n`;
  const review = claim.review;
  const note = review?.note ? escapeMarkdown(review.note) : '';
  if (review?.verdict) {
    const label = VERDICT_LABELS[review.verdict as Verdict] ?? escapeMarkdown(review.verdict);
    md += `**Verdict: ${label}**${note ? ` — ${note}` : ''}\n\n`;
  } else if (note) md += `Note: ${note}\n\n`;
  if (review?.evidence?.length)
    md += `Evidence: ${review.evidence.map((url, i) => evidenceLink(String(i + 1), String(url))).join(' ')}\n\n`;
  if (claim.cue.end > claim.cue.start) md += `cue “${escapeMarkdown(slice(text, claim.cue))}”`;
  md += claim.hedges.length
    ? ` · hedges: ${claim.hedges.map((h) => `“${escapeMarkdown(h.text)}”`).join(', ')}\n\n`
    : ' · no hedges\n\n';
  for (const step of claim.source.evidence) md += `- ${escapeMarkdown(step)}\n`;
  return md;
}

export function dateText(date: DateMention): string {
  const md = `**Date** “${escapeMarkdown(date.text)}”`;
  if (date.range)
    return `${md} → ${longDate(date.range.start)} – ${longDate(date.range.end)} (${escapeMarkdown(date.range.start)} … ${escapeMarkdown(date.range.end)})`;
  if (date.date) return `${md} → ${longDate(date.date)} (${escapeMarkdown(date.date)})`;
  return date.relative ? `${md} — relative, but the article has no header date to resolve it against` : md;
}

function longDate(iso: string): string {
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return escapeMarkdown(iso);
  return parsed.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);
