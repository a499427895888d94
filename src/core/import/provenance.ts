// The W3C Web Annotation ("describing") that records where a seed file came from, and its untrusted-input reader.

/** Where an imported article came from; what the `seed:ArticleSource` body of the annotation holds. */
export interface ArticleSource {
  /** The seed file, relative to the workspace folder (`articles/2020-06-24-outlet-slug.txt`). */
  target: string;
  url?: string;
  title?: string;
  outlet?: string;
  byline?: string;
  /** `YYYY-MM-DD`, or undefined when the user gave no date. */
  published?: string;
  dateEvidence?: string;
  language?: string;
  /** ISO timestamp of the import. */
  retrieved: string;
  /** Hex SHA-256 of the raw bytes imported. */
  sha256: string;
  /** Workspace-relative path of the gzip snapshot of the raw bytes. */
  snapshot?: string;
}

export interface ArticleSourceAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  created: string;
  target: { source: string };
  body: Record<string, string> & { type: 'seed:ArticleSource' };
}

/** Longest string a field may hold (titles and URLs included); longer values mark a hostile sidecar. */
export const MAX_FIELD = 2048;

const BODY_FIELDS = [
  'url',
  'title',
  'outlet',
  'byline',
  'published',
  'dateEvidence',
  'language',
  'retrieved',
  'sha256',
  'snapshot',
] as const;

/** The annotation for `source`; `id` is a `urn:uuid:` (crypto.randomUUID), `created` the retrieval time. */
export function buildArticleSourceAnnotation(
  source: ArticleSource,
  id = `urn:uuid:${crypto.randomUUID()}`,
): ArticleSourceAnnotation {
  const body: ArticleSourceAnnotation['body'] = { type: 'seed:ArticleSource' };
  for (const field of BODY_FIELDS) {
    const value = source[field];
    if (value !== undefined) body[`seed:${field}`] = value;
  }
  return {
    id,
    type: 'Annotation',
    motivation: 'describing',
    created: source.retrieved,
    target: { source: source.target },
    body,
  };
}

/** Snapshot path for raw bytes with this hash: `.seed-annotations/snapshots/<sha256>.html.gz` (or `.pdf.gz`…). */
export function snapshotPath(sha256: string, extension = 'html'): string {
  return `.seed-annotations/snapshots/${sha256}.${extension}.gz`;
}

/** Hex SHA-256 of `bytes` (Web Crypto: Node 20 and web workers). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const data = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The provenance in an annotation read from a sidecar (untrusted): undefined unless it is a `describing`
 * annotation with a `seed:ArticleSource` body whose fields have the right types, bounded lengths, an http(s) URL,
 * a `YYYY-MM-DD` date, a hex SHA-256, ISO timestamps and relative paths without `..`.
 */
export function readArticleSource(annotation: unknown): ArticleSource | undefined {
  if (!isRecord(annotation) || annotation['type'] !== 'Annotation' || annotation['motivation'] !== 'describing')
    return undefined;
  const target = annotation['target'];
  const body = annotation['body'];
  if (!isRecord(target) || !isRecord(body) || body['type'] !== 'seed:ArticleSource') return undefined;
  const source: Partial<Record<keyof ArticleSource, string>> = { target: relativePath(target['source']) };
  for (const field of BODY_FIELDS) {
    const raw = body[`seed:${field}`];
    if (raw === undefined) continue;
    const value = FIELD_CHECKS[field](raw);
    if (value === undefined) return undefined;
    source[field] = value;
  }
  if (!source.target || !source.retrieved || !source.sha256) return undefined;
  return source as ArticleSource;
}

type Check = (value: unknown) => string | undefined;

const text: Check = (v) =>
  typeof v === 'string' && v.length <= MAX_FIELD && !/[\u0000-\u001f\u007f]/.test(v) ? v : undefined;
const matching =
  (pattern: RegExp): Check =>
  (v) => {
    const s = text(v);
    return s !== undefined && pattern.test(s) ? s : undefined;
  };
const httpUrl: Check = (v) => {
  const s = text(v);
  if (s === undefined) return undefined;
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:' ? s : undefined;
  } catch {
    return undefined;
  }
};
const relativePath: Check = (v) => {
  const s = text(v);
  return s && !/^([a-z][a-z0-9+.-]*:|[\\/])/i.test(s) && !s.split(/[\\/]/).includes('..') ? s : undefined;
};

const FIELD_CHECKS: Record<(typeof BODY_FIELDS)[number], Check> = {
  url: httpUrl,
  title: text,
  outlet: text,
  byline: text,
  published: matching(/^\d{4}-\d{2}-\d{2}$/),
  dateEvidence: text,
  language: matching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  retrieved: matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/),
  sha256: matching(/^[0-9a-f]{64}$/),
  snapshot: relativePath,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
