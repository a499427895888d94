// The workspace's annotations as JSON and as a CSV of quotes, every quote and claim whole (summaries keep
// full texts; only tree labels shorten them). Pure: the caller writes the file.
import type { RangeTuple } from '../summary/lineIndex';
import { unpackRanges } from '../summary/packedRanges';
import type { ClaimSummary, FileSummary, QuoteSummary } from '../summary/summary';
import type { WorkspaceModel } from './workspaceModel';

export function annotationsJson(
  summaries: readonly FileSummary[],
  model: WorkspaceModel,
  relative: (path: string) => string,
): string {
  const files = [...summaries].sort((a, b) => a.path.localeCompare(b.path));
  const notesOf = notesByPath(summaries);
  return JSON.stringify(
    {
      files: files.map((f) => ({ ...f, path: relative(f.path) })),
      speakers: model.speakers.map((s) => ({
        name: s.name,
        anonymous: s.anonymous,
        quotes: s.quotes.map((q) => ({
          file: relative(q.path),
          range: q.quote.range,
          text: q.quote.text,
          ...quoteReviewFields(q.quote, notesOf(q.path)),
        })),
      })),
      entities: [...model.people, ...model.places, ...model.organizations].map((e) => ({
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        ...(e.role ? { role: e.role } : {}),
        mentions: e.total,
        files: e.files.map((f) => ({ file: relative(f.path), ranges: unpackRanges(f.ranges) })),
      })),
      claimSources: model.claimSources.map((s) => ({
        name: s.name,
        anonymous: s.anonymous,
        claims: s.claims.map((c) => ({
          file: relative(c.path),
          range: c.claim.range,
          text: c.claim.text,
          cue: c.claim.cue,
          hedges: c.claim.hedges,
          ...claimReviewFields(c.claim, notesOf(c.path)),
        })),
      })),
    },
    null,
    2,
  );
}

const CSV_HEADER = [
  'file',
  'date',
  'line',
  'column',
  'speaker',
  'rule',
  'confidence',
  'partial',
  'quote',
  'review_status',
  'machine_speaker',
  'note',
];

/** One row per quote with its whole text; cells that a spreadsheet would run as a formula are prefixed with '. */
export function quotesCsv(summaries: readonly FileSummary[], relative: (path: string) => string): string {
  const rows = [CSV_HEADER];
  for (const file of [...summaries].sort((a, b) => a.path.localeCompare(b.path))) {
    for (const q of file.quotes) {
      rows.push([
        relative(file.path),
        file.date ?? '',
        String(q.range[0] + 1),
        String(q.range[1] + 1),
        q.speaker ?? '',
        q.rule ?? '',
        q.confidence === undefined ? '' : q.confidence.toFixed(2),
        q.partial ? 'yes' : 'no',
        q.text,
        ...reviewCells(quoteReviewFields(q, file.review?.notes)),
      ]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// Review state in the exports: the reader's decision, what the engine said, the verdict and the notes.

type Notes = NonNullable<FileSummary['review']>['notes'] | undefined;

interface ReviewFields {
  review_status: string;
  machine_speaker?: string;
  machine_source?: string;
  verdict?: string;
  note?: string;
}

function notesByPath(summaries: readonly FileSummary[]): (path: string) => Notes {
  const byPath = new Map(summaries.map((f) => [f.path, f.review?.notes]));
  return (path) => byPath.get(path);
}
const before = (a: RangeTuple, line: number, character: number): boolean =>
  a[0] < line || (a[0] === line && a[1] < character);

/** The texts of the reader's notes on (overlapping) a range, with a review mark's own note first. */
function noteText(range: RangeTuple, own: string | undefined, notes: Notes): string | undefined {
  const texts = own ? [own] : [];
  for (const n of notes ?? [])
    if (before(n.range, range[2], range[3]) && before(range, n.range[2], n.range[3])) texts.push(n.text);
  return texts.length ? texts.join(' | ') : undefined;
}

function quoteReviewFields(q: QuoteSummary, notes: Notes): ReviewFields {
  const r = q.review;
  return {
    review_status: r?.status ?? 'unreviewed',
    ...(r?.status === 'corrected' ? { machine_speaker: r.machine ?? '' } : {}),
    ...optional('note', noteText(q.range, r?.note, notes)),
  };
}

function claimReviewFields(c: ClaimSummary, notes: Notes): ReviewFields {
  const r = c.review;
  return {
    review_status: r?.status ?? 'unreviewed',
    ...(r?.machine !== undefined ? { machine_source: r.machine } : {}),
    ...optional('verdict', r?.verdict),
    ...optional('note', noteText(c.range, r?.note, notes)),
  };
}

const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  value ? ({ [key]: value } as Record<K, string>) : {};

function reviewCells(fields: ReviewFields): string[] {
  return [fields.review_status, fields.machine_speaker ?? '', fields.note ?? ''];
}

const CLAIMS_CSV_HEADER = [
  'file',
  'date',
  'line',
  'column',
  'source',
  'cue',
  'hedges',
  'claim',
  'review_status',
  'machine_source',
  'verdict',
  'note',
];

/** One row per claim, with the reader's verdict and notes. */
export function claimsCsv(summaries: readonly FileSummary[], relative: (path: string) => string): string {
  const rows = [CLAIMS_CSV_HEADER];
  for (const file of [...summaries].sort((a, b) => a.path.localeCompare(b.path))) {
    for (const c of file.claims) {
      const review = claimReviewFields(c, file.review?.notes);
      rows.push([
        relative(file.path),
        file.date ?? '',
        String(c.range[0] + 1),
        String(c.range[1] + 1),
        c.source,
        c.cue,
        c.hedges.join('; '),
        c.text,
        review.review_status,
        review.machine_source ?? '',
        review.verdict ?? '',
        review.note ?? '',
      ]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
