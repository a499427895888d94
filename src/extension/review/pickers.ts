// Quick picks and input boxes of the review flow: names (with a typed new name), entity types,
// verdicts, notes and evidence links.
import { escapeIcons } from '../../core/presentation/markdown';
import * as vscode from 'vscode';
import type { EntityType } from '../../engine/types';
import { acceptedName, bestNameMatch, type NameChoice } from '../../core/review/choices';
import { VERDICTS, VERDICT_LABELS, type EntityChoice, type Verdict } from '../../core/review/model';

export interface PickedName {
  name: string;
  type?: EntityType;
}

const GROUP_LABELS: Record<NameChoice['group'], string> = {
  engine: 'Engine candidates',
  article: 'In this article',
  collection: 'In the collection',
};
const TYPE_ICONS: Record<EntityType, string> = { PER: '$(person)', LOC: '$(location)', ORG: '$(organization)' };

interface NameItem extends vscode.QuickPickItem {
  choice?: PickedName;
}

/** Picks a name from the choices, or takes a typed new one. */
export function pickName(
  title: string,
  choices: readonly NameChoice[],
  current?: string,
): Promise<PickedName | undefined> {
  const items: NameItem[] = [];
  let group: NameChoice['group'] | undefined;
  for (const c of choices) {
    if (c.group !== group) {
      group = c.group;
      items.push({ label: GROUP_LABELS[c.group], kind: vscode.QuickPickItemKind.Separator });
    }
    items.push({
      label: `${c.type ? TYPE_ICONS[c.type] : '$(person)'} ${escapeIcons(c.name)}`,
      description: c.name === current ? 'current' : undefined,
      detail: c.detail && escapeIcons(c.detail),
      choice: { name: c.name, type: c.type },
    });
  }
  const pick = vscode.window.createQuickPick<NameItem>();
  pick.title = title;
  pick.placeholder = 'Pick a name, or type a new one and press Enter';
  pick.matchOnDetail = true;
  pick.items = items;
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: PickedName | undefined): void => {
      if (done) return;
      done = true;
      resolve(value);
      pick.dispose();
    };
    // The "new name" row does not start with the typed text, so VS Code's sort (exact, then prefix matches
    // first) puts the existing names first; the best of them ("Bill" → "Bill Clinton") is highlighted.
    let offered: string | undefined;
    let newItem: NameItem | undefined;
    pick.onDidChangeValue((value) => {
      const typed = value.trim();
      const isNew = !!typed && !choices.some((c) => c.name.toLowerCase() === typed.toLowerCase());
      const next = isNew ? typed : '';
      if (next !== offered) {
        offered = next;
        newItem = isNew
          ? { label: `$(add) New name: ${escapeIcons(typed)}`, alwaysShow: true, choice: { name: typed } }
          : undefined;
        pick.items = newItem ? [...items, newItem] : items;
      }
      const best = bestNameMatch(typed, choices);
      const match = best ? pick.items.find((i) => i.choice?.name === best.name) : newItem;
      if (match) pick.activeItems = [match];
    });
    const picked = choices.map((c) => ({ name: c.name, type: c.type }));
    pick.onDidAccept(() =>
      finish(acceptedName(pick.value, (pick.selectedItems[0] ?? pick.activeItems[0])?.choice, picked)),
    );
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}

export async function pickEntityType(current?: EntityType): Promise<EntityChoice | undefined> {
  const options: { label: string; value: EntityChoice; detail?: string }[] = [
    { label: '$(person) Person', value: 'PER' },
    { label: '$(location) Place', value: 'LOC' },
    { label: '$(organization) Organization', value: 'ORG' },
    {
      label: '$(close) Not an entity',
      value: 'none',
      detail: 'hidden from the Sources view and hovers in every article',
    },
  ];
  const items = options.map((i) => ({ ...i, description: i.value === current ? 'current' : undefined }));
  return (await vscode.window.showQuickPick(items, { title: 'Entity type' }))?.value;
}

export async function pickVerdict(current?: Verdict): Promise<Verdict | undefined> {
  const items = VERDICTS.map((v) => ({
    label: VERDICT_LABELS[v],
    description: v === current ? 'current' : undefined,
    value: v,
  }));
  return (await vscode.window.showQuickPick(items, { title: 'Verdict on this claim' }))?.value;
}

export function askNote(title: string, value?: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({ title, prompt: 'A note for this claim (leave empty for none)', value });
}

/** Evidence links, separated by spaces or commas; each must be an absolute http(s) address. */
export async function askEvidence(value?: string[]): Promise<string[] | undefined> {
  const input = await vscode.window.showInputBox({
    title: 'Evidence links',
    prompt: 'Addresses of the evidence, separated by spaces (leave empty for none)',
    value: value?.join(' '),
    validateInput: (text) => (parseLinks(text).bad.length ? `Not a link: ${parseLinks(text).bad[0]}` : undefined),
  });
  return input === undefined ? undefined : parseLinks(input).links;
}

export function parseLinks(text: string): { links: string[]; bad: string[] } {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  const links = parts.filter((p) => /^https?:\/\/\S+$/i.test(p));
  return { links, bad: parts.filter((p) => !links.includes(p)) };
}

/** A quick pick that acts on a single key: each item's first letter in brackets picks it at once. */
export function pickByKey<T extends string>(
  title: string,
  options: readonly { key: string; label: string; value: T; detail?: string }[],
): Promise<T | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { value: T }>();
  pick.title = title;
  pick.placeholder = `Press ${options.map((o) => o.key.toUpperCase()).join(' / ')}, or pick with the arrows`;
  pick.items = options.map((o) => ({ label: `[${o.key.toUpperCase()}] ${o.label}`, detail: o.detail, value: o.value }));
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | undefined): void => {
      if (done) return;
      done = true;
      resolve(value);
      pick.dispose();
    };
    pick.onDidChangeValue((value) => {
      const option = options.find((o) => o.key.toLowerCase() === value.trim().toLowerCase());
      if (option) finish(option.value);
    });
    pick.onDidAccept(() => finish((pick.selectedItems[0] ?? pick.activeItems[0])?.value));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}
