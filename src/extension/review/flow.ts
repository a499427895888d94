// The keyboard review flow (the next unreviewed quote or claim, decided with one key) and the bulk
// "confirm all at or above a confidence".
import * as vscode from 'vscode';
import { makeAnnotation, upsert } from '../../core/review/edits';
import type { ReviewBody } from '../../core/review/model';
import { confirmable, nextToReview, type ReviewItem } from '../../core/review/queue';
import type { ReviewActions, ReviewInputs } from './actions';
import { pickByKey } from './pickers';
import type { ReviewTarget } from './targets';
import type { ReviewStore } from './store';

export async function reviewNext(actions: ReviewActions, t: ReviewTarget): Promise<boolean> {
  const item = nextToReview(t.analysis, t.offset);
  if (!item) {
    void vscode.window.showInformationMessage(
      `Every quote and claim of this article is reviewed (${t.analysis.review.reviewed} / ${t.analysis.review.total}).`,
    );
    return false;
  }
  const editor = await vscode.window.showTextDocument(t.document, { preserveFocus: false });
  const range = new vscode.Range(t.document.positionAt(item.span.start), t.document.positionAt(item.span.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const at: ReviewTarget = { ...t, offset: item.span.start, selection: undefined };
  const keys = item.kind === 'quote' && !item.quote.speaker ? REVIEW_KEYS.unattributed : REVIEW_KEYS[item.kind];
  const choice = await pickByKey(reviewTitle(item), keys);
  switch (choice) {
    case 'confirm':
      return item.kind === 'quote'
        ? actions.confirmSpeaker(at)
        : actions.decideClaim(at, {}, 'Confirm claim', 'confirmed');
    case 'change':
      return item.kind === 'quote' ? actions.changeSpeaker(at, {}) : actions.correctClaimSource(at, {});
    case 'none':
      return actions.decideQuote(at, { status: 'corrected', noSpeaker: true }, 'No speaker named');
    case 'reject':
      return item.kind === 'quote'
        ? actions.decideQuote(at, { status: 'rejected' }, 'Not a quote')
        : actions.decideClaim(at, {}, 'Reject claim', 'rejected');
    case 'verdict':
      return actions.setVerdict(at, {});
    default:
      return false;
  }
}

export async function confirmAll(reviews: ReviewStore, t: ReviewTarget, inputs: ReviewInputs): Promise<number> {
  let threshold = inputs.threshold;
  if (threshold === undefined) {
    const answer = await vscode.window.showInputBox({
      title: 'Confirm all in article',
      prompt: 'Confirm every unreviewed quote and claim whose confidence is at or above this percentage',
      value: '90',
      validateInput: (v) =>
        /^\d{1,3}$/.test(v.trim()) && Number(v) <= 100 ? undefined : 'A whole number from 0 to 100',
    });
    if (answer === undefined) return 0;
    threshold = Number(answer);
  }
  const items = confirmable(t.analysis, threshold / 100);
  if (!items.length) {
    void vscode.window.showInformationMessage(`No unreviewed quote or claim at or above ${threshold}% confidence.`);
    return 0;
  }
  const where = reviews.locate(t.document.uri);
  if (!where) return 0;
  const text = t.document.getText();
  const ok = await reviews.update(t.document.uri, `Confirm ${items.length} at or above ${threshold}%`, (current) =>
    items.reduce(
      (list, item) => upsert(list, makeAnnotation(where.source, text, item.span, confirmBody(item))),
      [...current],
    ),
  );
  if (ok) void vscode.window.setStatusBarMessage(`Seed Annotator: confirmed ${items.length} quotes and claims`, 3000);
  return ok ? items.length : 0;
}

function confirmBody(item: ReviewItem): ReviewBody {
  return item.kind === 'quote'
    ? { kind: 'quote', status: 'confirmed', ...(item.quote.speaker ? { machineSpeaker: item.quote.speaker.name } : {}) }
    : {
        kind: 'claim',
        status: 'confirmed',
        ...(item.claim.source.name ? { machineSource: item.claim.source.name } : {}),
      };
}

type FlowChoice = 'confirm' | 'change' | 'none' | 'reject' | 'verdict';

const REVIEW_KEYS: Record<ReviewItem['kind'] | 'unattributed', { key: string; label: string; value: FlowChoice }[]> = {
  unattributed: [
    { key: 'n', label: 'No speaker named', value: 'none' },
    { key: 's', label: 'Name the speaker…', value: 'change' },
    { key: 'x', label: 'Not a quote', value: 'reject' },
  ],
  quote: [
    { key: 'c', label: 'Confirm the speaker', value: 'confirm' },
    { key: 's', label: 'Change the speaker…', value: 'change' },
    { key: 'n', label: 'No speaker named', value: 'none' },
    { key: 'x', label: 'Not a quote', value: 'reject' },
  ],
  claim: [
    { key: 'c', label: 'Confirm the claim', value: 'confirm' },
    { key: 's', label: 'Correct the source…', value: 'change' },
    { key: 'v', label: 'Give a verdict…', value: 'verdict' },
    { key: 'x', label: 'Not a claim (reject)', value: 'reject' },
  ],
};

function reviewTitle(item: ReviewItem): string {
  const confidence = `${Math.round(item.confidence * 100)}%`;
  if (item.kind === 'quote') return `Quote — speaker: ${item.quote.speaker?.name ?? 'none found'} (${confidence})`;
  return `Claim — source: ${item.claim.source.name || 'none named'} (${confidence})`;
}
