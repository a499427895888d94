// The reader's review actions on one target: confirm, correct, reject and add quotes, claims and
// entities, notes and verdicts. Each asks what it needs (unless the caller gave it) and writes the
// article's sidecar through the ReviewStore.
import { escapeIcons, notificationText } from '../../core/presentation/markdown';
import * as vscode from 'vscode';
import type { Claim, Entity, Quote, Span } from '../../engine/types';
import { nameChoices, type CollectionPerson } from '../../core/review/choices';
import { makeAnnotation, remove, upsert } from '../../core/review/edits';
import type { ClaimReview, EntityChoice, QuoteReview, ReviewBody, Verdict } from '../../core/review/model';
import { itemsAt } from '../../core/summary/lookup';
import { entityKey } from '../../core/summary/entityKey';
import { askEvidence, askNote, pickEntityType, pickName, pickVerdict, type PickedName } from './pickers';
import type { ReviewTarget } from './targets';
import type { ReviewStore } from './store';
import type { AnalysisStore } from '../services/store';
import { fileId } from '../services/fileIds';
import { type WorkspaceIndex } from '../services/workspaceIndex';

/** Values a caller (a test, a link) gives instead of asking. */
export interface ReviewInputs {
  name?: string;
  type?: EntityChoice;
  text?: string;
  verdict?: Verdict;
  note?: string;
  evidence?: string[];
  /** 0..100 */
  threshold?: number;
  /** A workspace entity key to merge into. */
  into?: string;
}

export class ReviewActions {
  constructor(
    private readonly store: AnalysisStore,
    private readonly reviews: ReviewStore,
    private readonly index: WorkspaceIndex,
  ) {}

  // ---- quotes

  confirmSpeaker(t: ReviewTarget): Promise<boolean> {
    const quote = this.quoteAt(t);
    if (!quote) return Promise.resolve(false);
    if (!quote.speaker) {
      void vscode.window.showInformationMessage(
        'This quote has no speaker to confirm: use “Change Speaker…” or “No Speaker Named”.',
      );
      return Promise.resolve(false);
    }
    return this.decideQuote(t, { status: 'confirmed' }, 'Confirm speaker');
  }

  async changeSpeaker(t: ReviewTarget, inputs: ReviewInputs): Promise<boolean> {
    const quote = this.quoteAt(t);
    if (!quote) return false;
    const picked = inputs.name
      ? { name: inputs.name, type: entityTypeOf(inputs.type) }
      : await pickName('Speaker of this quote', this.choices(t, quote.speaker?.candidates ?? []), quote.speaker?.name);
    if (!picked) return false;
    const machine = quote.review?.machine ?? quote.speaker?.name;
    const status =
      quote.review?.status !== 'added' && machine && machine.toLowerCase() === picked.name.toLowerCase()
        ? 'confirmed'
        : 'corrected';
    return this.decideQuote(
      t,
      { status, ...(status === 'corrected' ? speakerFields(picked) : {}) },
      `Speaker: ${picked.name}`,
    );
  }

  async decideQuote(
    t: ReviewTarget,
    decision: Omit<QuoteReview, 'kind' | 'machineSpeaker'>,
    label: string,
  ): Promise<boolean> {
    const quote = this.quoteAt(t);
    if (!quote) return false;
    const machine = quote.review?.machine ?? quote.speaker?.name;
    const status = quote.review?.status === 'added' && decision.status !== 'rejected' ? 'added' : decision.status;
    const body: QuoteReview = {
      kind: 'quote',
      ...decision,
      status,
      ...(machine && quote.review?.status !== 'added' ? { machineSpeaker: machine } : {}),
    };
    if (quote.review?.status === 'added' && decision.status === 'rejected')
      return this.removeById(t, quote.review.annotation, label);
    return this.write(t, label, quote, body);
  }

  // ---- claims

  async decideClaim(
    t: ReviewTarget,
    change: Partial<ClaimReview>,
    label: string,
    status?: ClaimReview['status'],
  ): Promise<boolean> {
    const claim = this.claimAt(t);
    if (!claim) return false;
    const previous = this.bodyOf(t, claim.review?.annotation);
    const base: ClaimReview = previous?.kind === 'claim' ? previous : { kind: 'claim', status: 'confirmed' };
    if (claim.review?.status === 'added' && status === 'rejected')
      return this.removeById(t, claim.review.annotation, label);
    const nextStatus =
      claim.review?.status === 'added' ? 'added' : (status ?? (base.status === 'rejected' ? 'confirmed' : base.status));
    const body: ClaimReview = { ...base, ...change, status: nextStatus };
    if (!body.machineSource && claim.source.name && claim.review?.status !== 'added')
      body.machineSource = claim.review?.machine ?? claim.source.name;
    return this.write(t, label, claim.content, body);
  }

  async correctClaimSource(t: ReviewTarget, inputs: ReviewInputs): Promise<boolean> {
    const claim = this.claimAt(t);
    if (!claim) return false;
    const picked = inputs.name
      ? { name: inputs.name, type: entityTypeOf(inputs.type) }
      : await pickName('Source of this claim', this.choices(t, []), claim.source.name);
    if (!picked) return false;
    return this.decideClaim(
      t,
      { source: picked.name, ...(picked.type ? { sourceType: picked.type } : {}) },
      `Claim source: ${picked.name}`,
      claim.review?.status === 'added' ? 'added' : 'corrected',
    );
  }

  async setVerdict(t: ReviewTarget, inputs: ReviewInputs): Promise<boolean> {
    const claim = this.claimAt(t);
    if (!claim) return false;
    const previous = this.bodyOf(t, claim.review?.annotation);
    const old = previous?.kind === 'claim' ? previous : undefined;
    const verdict = inputs.verdict ?? (await pickVerdict(old?.verdict));
    if (!verdict) return false;
    const note = inputs.note ?? (inputs.verdict ? old?.note : await askNote('Note on the verdict', old?.note));
    if (note === undefined) return false;
    const evidence = inputs.evidence ?? (inputs.verdict ? old?.evidence : await askEvidence(old?.evidence));
    if (evidence === undefined) return false;
    return this.decideClaim(
      t,
      { verdict, note: note.trim() || undefined, evidence: evidence.length ? evidence : undefined },
      `Verdict: ${verdict}`,
    );
  }

  // ---- entities

  async changeEntityType(t: ReviewTarget, inputs: ReviewInputs): Promise<boolean> {
    const found = this.entityAt(t);
    if (!found) return false;
    const type = inputs.type ?? (await pickEntityType(found.entity.type));
    if (!type) return false;
    return this.writeEntity(
      t,
      found,
      { type },
      type === 'none' ? `Not an entity: ${found.entity.name}` : `Type of ${found.entity.name}: ${type}`,
    );
  }

  async renameEntity(t: ReviewTarget, inputs: ReviewInputs): Promise<boolean> {
    const found = this.entityAt(t);
    if (!found) return false;
    const name =
      inputs.name ??
      (await vscode.window.showInputBox({
        title: `Rename ${found.entity.name}`,
        prompt: 'The canonical name in every article',
        value: found.entity.name,
        validateInput: (v) => (v.trim() ? undefined : 'A name cannot be empty'),
      }));
    if (!name?.trim()) return false;
    return this.writeEntity(t, found, { name: name.trim() }, `Rename to ${name.trim()}`);
  }

  async mergeEntity(t: ReviewTarget, inputs: ReviewInputs): Promise<boolean> {
    const found = this.entityAt(t);
    if (!found) return false;
    const model = this.index.model();
    const own = model.resolve(entityKey(found.entity.type, found.entity.name), fileId(t.document.uri));
    let into = inputs.into;
    if (!into) {
      const items = [...model.entities.values()]
        .filter((g) => g.key !== own)
        .sort(
          (a, b) =>
            (a.type === found.entity.type ? 0 : 1) - (b.type === found.entity.type ? 0 : 1) || b.total - a.total,
        )
        .map((g) => ({
          label: escapeIcons(g.name),
          description: `${g.type} · ${g.total} mention${g.total === 1 ? '' : 's'} · ${g.files.length} article${g.files.length === 1 ? '' : 's'}`,
          key: g.key,
        }));
      into = (
        await vscode.window.showQuickPick(items, {
          title: `Merge “${found.entity.name}” with…`,
          matchOnDescription: true,
        })
      )?.key;
    }
    if (!into) return false;
    const target = model.entities.get(into);
    const sameAsName = target?.name ?? into.replace(/^[A-Z]+:/, '');
    return this.writeEntity(t, found, { sameAs: into, sameAsName }, `Merge ${found.entity.name} = ${sameAsName}`);
  }

  async unmergeEntity(t: ReviewTarget): Promise<boolean> {
    const found = this.entityAt(t);
    if (!found) return false;
    const rule = this.reviews.rules().get(found.machineKey);
    if (!rule?.body.sameAs) {
      void vscode.window.showInformationMessage(
        notificationText(`${found.entity.name} is not merged with another entity.`),
      );
      return false;
    }
    const where = this.reviews.articles().find((a) => this.reviews.annotationsFor(a).some((x) => x.id === rule.id));
    if (!where) return false;
    return this.reviews.update(where, `Undo merge of ${found.entity.name}`, (current) => remove(current, rule.id));
  }

  /** "This mention is a different person": only the mention under the cursor leaves its entity. */
  async splitMention(t: ReviewTarget, inputs: ReviewInputs): Promise<boolean> {
    const { entity, mention } = itemsAt(t.analysis, t.offset);
    if (!entity || !mention) {
      void vscode.window.showInformationMessage('Place the cursor on the name of a person.');
      return false;
    }
    const said = t.document.getText().slice(mention.start, mention.end);
    const others = (n: { name: string }) => n.name.toLowerCase() !== entity.name.toLowerCase();
    const suggested = [entity.review?.machine, said].filter((n): n is string => !!n).map((name) => ({ name }));
    const picked = inputs.name
      ? { name: inputs.name.trim(), type: entityTypeOf(inputs.type) }
      : await pickName(`Who “${said}” is here, instead of ${entity.name}`, this.choices(t, suggested).filter(others));
    if (!picked?.name.trim()) return false;
    if (!others(picked)) {
      void vscode.window.showInformationMessage(`This mention already is ${entity.name}.`);
      return false;
    }
    return this.write(t, `Different person: ${picked.name}`, mention, {
      kind: 'mention',
      status: 'corrected',
      entity: entityKey(entity.type, entity.name),
      entityName: entity.name,
      name: picked.name.trim(),
      ...(picked.type ? { type: picked.type } : {}),
    });
  }

  // ---- additions and notes

  async addQuote(t: ReviewTarget, inputs: ReviewInputs): Promise<boolean> {
    if (!t.selection) return this.needSelection('quote');
    const picked = inputs.name
      ? { name: inputs.name, type: entityTypeOf(inputs.type) }
      : await pickName('Speaker of the added quote', this.choices(t, []));
    if (!picked) return false;
    return this.write(t, `Add quote by ${picked.name}`, t.selection, {
      kind: 'quote',
      status: 'added',
      ...speakerFields(picked),
    });
  }

  async addClaim(t: ReviewTarget, inputs: ReviewInputs): Promise<boolean> {
    if (!t.selection) return this.needSelection('claim');
    const picked = inputs.name
      ? { name: inputs.name, type: entityTypeOf(inputs.type) }
      : await pickName('Source of the added claim', this.choices(t, []));
    if (!picked) return false;
    return this.write(t, `Add claim by ${picked.name}`, t.selection, {
      kind: 'claim',
      status: 'added',
      source: picked.name,
      ...(picked.type ? { sourceType: picked.type } : {}),
    });
  }

  async addNote(t: ReviewTarget, inputs: ReviewInputs): Promise<boolean> {
    const span = t.selection ?? this.spanAt(t);
    if (!span) return this.needSelection('note');
    const text =
      inputs.text ??
      (await vscode.window.showInputBox({
        title: 'Add note',
        prompt: 'A note on the selected text (shown in hovers and in the Sources view)',
      }));
    if (!text?.trim()) return false;
    const document = t.document;
    const where = this.reviews.locate(document.uri);
    if (!where) return false;
    const annotation = makeAnnotation(where.source, document.getText(), span, { kind: 'note', text: text.trim() });
    return this.reviews.update(document.uri, 'Add note', (current) => [...current, annotation]);
  }

  async removeAnnotation(uri: string, id: string): Promise<boolean> {
    return this.reviews.update(vscode.Uri.parse(uri), 'Remove review annotation', (current) => remove(current, id));
  }

  // ---- helpers

  private quoteAt(t: ReviewTarget): Quote | undefined {
    const quote = itemsAt(t.analysis, t.offset).quote;
    if (!quote) void vscode.window.showInformationMessage('Place the cursor inside a quote.');
    return quote;
  }

  private claimAt(t: ReviewTarget): Claim | undefined {
    const claim = itemsAt(t.analysis, t.offset).claim;
    if (!claim)
      void vscode.window.showInformationMessage(
        'Place the cursor on a claim (the reported content, its cue or its source).',
      );
    return claim;
  }

  /** The entity under the cursor, with its machine key (decisions are keyed by what the engine found). */
  private entityAt(t: ReviewTarget): { entity: Entity; machineKey: string; span: Span } | undefined {
    const found = itemsAt(t.analysis, t.offset);
    const machine = this.store.machineAnalysis(t.document);
    const original = found.entity && machine?.entities.find((e) => e.id === found.entity!.id);
    if (!found.entity || !found.mention || !original) {
      void vscode.window.showInformationMessage('Place the cursor on the name of a person, place or organization.');
      return undefined;
    }
    return { entity: found.entity, machineKey: entityKey(original.type, original.name), span: found.mention };
  }

  private spanAt(t: ReviewTarget): Span | undefined {
    const found = itemsAt(t.analysis, t.offset);
    return found.quote ?? found.claim?.content ?? found.mention ?? found.date;
  }

  private bodyOf(t: ReviewTarget, id: string | undefined): ReviewBody | undefined {
    return id ? this.reviews.annotationsFor(t.document.uri).find((a) => a.id === id)?.body : undefined;
  }

  private choices(t: ReviewTarget, candidates: readonly { name: string }[]) {
    const model = this.index.recentModel();
    const counts = new Map(model.speakers.map((s) => [s.key, s.quotes.length]));
    const people: CollectionPerson[] = [...model.people, ...model.organizations]
      .map((g) => ({ name: g.name, type: g.type, quotes: counts.get(g.key), mentions: g.total }))
      .sort((a, b) => (b.quotes ?? 0) - (a.quotes ?? 0) || (b.mentions ?? 0) - (a.mentions ?? 0));
    return nameChoices(candidates, t.analysis.entities, people);
  }

  private write(t: ReviewTarget, label: string, span: Span, body: ReviewBody): Promise<boolean> {
    const where = this.reviews.locate(t.document.uri);
    if (!where) return Promise.resolve(false);
    const annotation = makeAnnotation(where.source, t.document.getText(), span, body);
    return this.reviews.update(t.document.uri, label, (current) => upsert(current, annotation));
  }

  private writeEntity(
    t: ReviewTarget,
    found: { entity: Entity; machineKey: string; span: Span },
    change: Partial<Extract<ReviewBody, { kind: 'entity' }>>,
    label: string,
  ): Promise<boolean> {
    const previous = this.reviews.rules().get(found.machineKey)?.body;
    const body: ReviewBody = {
      ...(previous ?? {}),
      kind: 'entity',
      status: 'corrected',
      entity: found.machineKey,
      entityName: found.entity.review?.machine ?? found.entity.name,
      ...change,
    };
    if (change.sameAs) delete body.name;
    return this.write(t, label, found.span, body);
  }

  private removeById(t: ReviewTarget, id: string, label: string): Promise<boolean> {
    return this.reviews.update(t.document.uri, label, (current) => remove(current, id));
  }

  private needSelection(what: string): Promise<false> {
    void vscode.window.showInformationMessage(`Select the text of the ${what} first.`);
    return Promise.resolve(false);
  }
}

const entityTypeOf = (type: EntityChoice | undefined) => (type && type !== 'none' ? type : undefined);

function speakerFields(picked: PickedName): Partial<QuoteReview> {
  return { speaker: picked.name, ...(picked.type ? { speakerType: picked.type } : {}) };
}
