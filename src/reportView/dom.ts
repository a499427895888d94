/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Small DOM helpers for the report webview (no framework: the page is rebuilt from data on each update).
import type { Ref } from '../core/report/protocol';

type Child = Node | string | number | false | null | undefined;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'className') node.className = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Registry of the places the current page links to: bars, rows and results carry `#ref-N`. */
export class RefRegistry {
  private refs: Ref[] = [];

  clear(): void {
    this.refs = [];
  }

  href(ref: Ref): string {
    this.refs.push(ref);
    return `#ref-${this.refs.length - 1}`;
  }

  resolve(href: string | null): Ref | undefined {
    const match = /^#ref-(\d+)$/.exec(href ?? '');
    return match ? this.refs[Number(match[1])] : undefined;
  }
}

/** 1-based "file:line" label of a reference. */
export function placeLabel(ref: Ref): string {
  return `${ref.file}:${ref.range[0] + 1}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}
