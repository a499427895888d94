// JSON-LD blocks of a page, flattened (@graph, arrays, mainEntity), tolerant of the usual publishing mistakes.
import { all, type DomDocument } from './dom';

export type JsonLdNode = Record<string, unknown>;

/** At most this many nodes are read from one page (hostile pages can nest without end). */
const MAX_NODES = 500;

/** Every JSON-LD object of the page, top-level and nested in `@graph`, arrays and `mainEntity(OfPage)`. */
export function jsonLdNodes(document: DomDocument): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of all(document, 'script[type="application/ld+json" i]')) {
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) collect(parsed, nodes, 0);
  }
  return nodes;
}

/** Types naming an article-like page, most specific first. */
const ARTICLE_TYPE =
  /(News|Report|Analysis|Opinion|Review|Scholarly|Tech|Satirical|Background|Social)?Article$|^(BlogPosting|LiveBlogPosting|Posting|Report)$/;

/** The nodes whose `@type` is an article kind (NewsArticle, Article, BlogPosting…), in page order. */
export function articleNodes(nodes: readonly JsonLdNode[]): JsonLdNode[] {
  return nodes.filter((node) => types(node).some((t) => ARTICLE_TYPE.test(t)));
}

/** The `@type` of a node as a list of names (schema.org prefixes removed). */
export function types(node: JsonLdNode): string[] {
  const value = node['@type'];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, ''));
}

/** A string property (first of an array; `@value` / `name` of an object), trimmed; undefined when absent. */
export function stringProperty(node: JsonLdNode, key: string): string | undefined {
  return stringOf(node[key]);
}

export function stringOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(stringOf).find((v) => v !== undefined);
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object') {
    const object = value as JsonLdNode;
    return stringOf(object['@value']) ?? stringOf(object['name']);
  }
  return undefined;
}

function collect(value: unknown, into: JsonLdNode[], depth: number): void {
  if (into.length >= MAX_NODES || depth > 8 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  into.push(node);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    if (typeof node[key] === 'object') collect(node[key], into, depth + 1);
  }
}

/** JSON.parse, retried with raw control characters (common inside published strings) replaced by spaces. */
function parseLenient(text: string): unknown {
  const source = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '');
  try {
    return JSON.parse(source);
  } catch {
    try {
      return JSON.parse(source.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}
