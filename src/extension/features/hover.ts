// Hovers on people, places, organizations, quotes, claims and dates. Reads the store and the index only.
import * as vscode from 'vscode';
import type { Attribution, Claim, DateMention, Entity, EntityType, Quote } from '../../engine';
import { readConfig } from '../config';
import { itemsAt } from '../../core/summary/lookup';
import { entityKey } from '../../core/summary/entityKey';
import { snippet, sourceName } from '../../core/summary/summary';
import { commandLink, escapeMarkdown, fileLabel, REVEAL_RANGE_COMMAND, revealLink } from './locations';
import { reviewActionsAt, type ReviewActionRef } from '../../core/review/actionsAt';
import type { ReviewedAnalysis } from '../../core/review/apply';
import { VERDICT_LABELS, type Verdict } from '../../core/review/model';
import { REVIEW_COMMANDS } from '../review/commands';
import { SEED_LANGUAGE } from '../seedLanguage';
import { type AnalysisStore } from '../services/store';
import { fileId } from '../services/fileIds';
import { type WorkspaceIndex } from '../services/workspaceIndex';

const TYPE_NAMES: Record<EntityType, string> = { PER: 'person', LOC: 'place', ORG: 'organization' };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function registerHovers(store: AnalysisStore, index: WorkspaceIndex): vscode.Disposable {
  return vscode.languages.registerHoverProvider(SEED_LANGUAGE, {
    provideHover(document, position, token) {
      const analysis = store.analysisFor(document, token);
      if (!analysis) return undefined;
      const offset = document.offsetAt(position);
      const found = itemsAt(analysis, offset);
      const sections: vscode.MarkdownString[] = [];
      let span: { start: number; end: number } | undefined;
      const rejected = analysis.review.rejected.find((r) => r.start <= offset && offset < r.end);
      if (rejected) {
        sections.push(rejectedHover(rejected, document));
        span = rejected;
      }
      if (found.entity && found.mention) {
        sections.push(entityHover(found.entity, fileId(document.uri), index, readConfig(document.uri).hoverMaxQuotes));
        span = found.mention;
      }
      if (found.date) {
        sections.push(dateHover(found.date));
        span ??= found.date;
      }
      if (found.quote) {
        sections.push(quoteHover(found.quote, document));
        span ??= found.quote;
      }
      if (found.claim && !found.quote) {
        sections.push(claimHover(found.claim, document));
        span ??= found.claim.content;
      }
      const actions = reviewActionsAt(analysis, offset, undefined, found);
      if (actions.length) sections.push(actionLinks(actions, document));
      const notes = analysis.review.notes.filter((n) => n.start <= offset && offset <= n.end);
      if (notes.length) {
        sections.push(notesHover(notes, document));
        span ??= notes[0];
      }
      if (!sections.length || !span) return undefined;
      return new vscode.Hover(
        sections,
        new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)),
      );
    },
  });
}

const LINK_COMMANDS = [REVEAL_RANGE_COMMAND, ...Object.values(REVIEW_COMMANDS)];

function markdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: LINK_COMMANDS };
  return md;
}

/** "Review: Confirm · Change… · No speaker · Not a quote", each a link to the command. */
function actionLinks(actions: readonly ReviewActionRef[], document: vscode.TextDocument): vscode.MarkdownString {
  const md = markdown();
  const links = actions.map(
    (a) => `[${a.short}](${commandLink(REVIEW_COMMANDS[a.command], [document.uri.toString(), a.at])} "${a.title}")`,
  );
  md.appendMarkdown(`$(edit) Review: ${links.join(' · ')}`);
  return md;
}

function notesHover(notes: ReviewedAnalysis['review']['notes'], document: vscode.TextDocument): vscode.MarkdownString {
  const md = markdown();
  for (const note of notes) {
    md.appendMarkdown(
      `$(note) **Note:** ${escapeMarkdown(note.text)} · [Remove](${commandLink(REVIEW_COMMANDS.removeAnnotation, [document.uri.toString(), note.id])})\n\n`,
    );
  }
  return md;
}

function rejectedHover(
  rejected: ReviewedAnalysis['review']['rejected'][number],
  document: vscode.TextDocument,
): vscode.MarkdownString {
  const md = markdown();
  md.appendMarkdown(
    `**Not a ${rejected.what}** — rejected by a reader · [Undo](${commandLink(REVIEW_COMMANDS.removeAnnotation, [document.uri.toString(), rejected.id])})`,
  );
  return md;
}

function reviewLine(mark: Quote['review'], what: string): string {
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

function entityHover(entity: Entity, path: string, index: WorkspaceIndex, maxQuotes: number): vscode.MarkdownString {
  const md = markdown();
  const model = index.recentModel();
  const key = model.resolve(entityKey(entity.type, entity.name), path);
  const group = model.entities.get(key);
  md.appendMarkdown(`**${escapeMarkdown(group?.name ?? entity.name)}** — ${TYPE_NAMES[entity.type]}`);
  if (entity.role) md.appendMarkdown(`, *${escapeMarkdown(entity.role)}*`);
  if (entity.review)
    md.appendMarkdown(
      entity.review.machine ? ` — reviewed (the engine said ${escapeMarkdown(entity.review.machine)})` : ' — reviewed',
    );
  md.appendMarkdown('\n\n');
  const aliases = [...new Set([...entity.aliases, ...(group?.aliases ?? [])])].filter(
    (a) => a !== (group?.name ?? entity.name),
  );
  if (aliases.length) md.appendMarkdown(`Also: ${aliases.map(escapeMarkdown).join(', ')}\n\n`);
  if (entity.demonyms?.length) md.appendMarkdown(`Demonyms: ${entity.demonyms.map(escapeMarkdown).join(', ')}\n\n`);
  const workspace = group
    ? `${plural(group.total, 'mention')} in ${plural(group.files.length, 'article')} of the workspace`
    : 'not indexed yet';
  md.appendMarkdown(`${plural(entity.mentions.length, 'mention')} in this article · ${workspace}\n\n`);
  const speaker = model.speakers.find((s) => s.key === key);
  if (speaker && maxQuotes > 0) {
    md.appendMarkdown(`Quotes (${speaker.quotes.length}):\n\n`);
    for (const { path, quote } of speaker.quotes.slice(0, maxQuotes)) {
      md.appendMarkdown(
        `- [“${escapeMarkdown(snippet(quote.text, 70))}”](${revealLink(path, quote.range)}) — ${escapeMarkdown(fileLabel(path))}:${quote.range[0] + 1}\n`,
      );
    }
    if (speaker.quotes.length > maxQuotes) md.appendMarkdown(`- …and ${speaker.quotes.length - maxQuotes} more\n`);
  }
  return md;
}

function quoteHover(quote: Quote, document: vscode.TextDocument): vscode.MarkdownString {
  const md = markdown();
  const kind = quote.partial ? 'Partial quote' : 'Quote';
  const speaker = quote.speaker;
  if (!speaker) {
    const settled = quote.review
      ? `no speaker named${reviewLine(quote.review, 'speaker')}`
      : `no speaker found${quote.unclosed ? ' (the quotation mark is never closed)' : ''}`;
    md.appendMarkdown(`**${kind}** — ${settled}`);
    return md;
  }
  md.appendMarkdown(
    `**${kind}** — speaker: **${escapeMarkdown(sourceName(speaker))}**${speaker.anonymous ? ' (anonymous source)' : ''}${reviewLine(quote.review, 'speaker')}\n\n`,
  );
  appendAttribution(md, speaker, document);
  return md;
}

function appendAttribution(md: vscode.MarkdownString, attribution: Attribution, document: vscode.TextDocument): void {
  const details = [`rule: ${attribution.rule}`, `confidence ${Math.round(attribution.confidence * 100)}%`];
  if (attribution.cue) details.unshift(`cue “${escapeMarkdown(textOf(document, attribution.cue))}”`);
  md.appendMarkdown(`${details.join(' · ')}\n\n`);
  if (attribution.mention) {
    const said = textOf(document, attribution.mention);
    if (said !== attribution.name)
      md.appendMarkdown(`“${escapeMarkdown(said)}” → ${escapeMarkdown(attribution.name)}\n\n`);
  }
  for (const step of attribution.evidence) md.appendMarkdown(`- ${escapeMarkdown(step)}\n`);
  const others = attribution.candidates?.filter((c) => c.name !== attribution.name) ?? [];
  if (others.length) md.appendMarkdown(`\nOther candidates: ${others.map((c) => escapeMarkdown(c.name)).join(', ')}\n`);
}

function claimHover(claim: Claim, document: vscode.TextDocument): vscode.MarkdownString {
  const md = markdown();
  md.appendMarkdown(
    `**Claim** — source: **${escapeMarkdown(sourceName(claim.source))}**${claim.source.anonymous ? ' (anonymous source)' : ''}${reviewLine(claim.review, 'source')}\n\n`,
  );
  const review = claim.review;
  if (review?.verdict)
    md.appendMarkdown(
      `**Verdict: ${VERDICT_LABELS[review.verdict as Verdict] ?? escapeMarkdown(review.verdict)}**${review.note ? ` — ${escapeMarkdown(review.note)}` : ''}\n\n`,
    );
  else if (review?.note) md.appendMarkdown(`Note: ${escapeMarkdown(review.note)}\n\n`);
  if (review?.evidence?.length)
    md.appendMarkdown(`Evidence: ${review.evidence.map((url, i) => `[${i + 1}](${encodeURI(url)})`).join(' ')}\n\n`);
  if (claim.cue.end > claim.cue.start) md.appendMarkdown(`cue “${escapeMarkdown(textOf(document, claim.cue))}”`);
  md.appendMarkdown(
    claim.hedges.length
      ? ` · hedges: ${claim.hedges.map((h) => `“${escapeMarkdown(h.text)}”`).join(', ')}\n\n`
      : ' · no hedges\n\n',
  );
  for (const step of claim.source.evidence) md.appendMarkdown(`- ${escapeMarkdown(step)}\n`);
  return md;
}

function dateHover(date: DateMention): vscode.MarkdownString {
  const md = markdown();
  md.appendMarkdown(`**Date** “${escapeMarkdown(date.text)}”`);
  if (date.range)
    md.appendMarkdown(
      ` → ${longDate(date.range.start)} – ${longDate(date.range.end)} (${date.range.start} … ${date.range.end})`,
    );
  else if (date.date) md.appendMarkdown(` → ${longDate(date.date)} (${date.date})`);
  else md.appendMarkdown(date.relative ? ' — relative, but the article has no header date to resolve it against' : '');
  return md;
}

function longDate(iso: string): string {
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return iso;
  return parsed.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function textOf(document: vscode.TextDocument, span: { start: number; end: number }): string {
  return document.getText(new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
}
