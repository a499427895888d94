// The workspace's annotations as JSON and as a CSV of quotes, every quote and claim whole (summaries keep
// full texts; only tree labels shorten them). Pure: the caller writes the file.
import type { FileSummary } from './summary';
import type { WorkspaceModel } from './workspaceModel';

export function annotationsJson(summaries: readonly FileSummary[], model: WorkspaceModel, relative: (path: string) => string): string {
  const files = [...summaries].sort((a, b) => a.path.localeCompare(b.path));
  return JSON.stringify(
    {
      files: files.map((f) => ({ ...f, path: relative(f.path) })),
      speakers: model.speakers.map((s) => ({
        name: s.name,
        anonymous: s.anonymous,
        quotes: s.quotes.map((q) => ({ file: relative(q.path), range: q.quote.range, text: q.quote.text })),
      })),
      entities: [...model.people, ...model.places, ...model.organizations].map((e) => ({
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        ...(e.role ? { role: e.role } : {}),
        mentions: e.total,
        files: e.files.map((f) => ({ file: relative(f.path), ranges: f.ranges })),
      })),
      claimSources: model.claimSources.map((s) => ({
        name: s.name,
        anonymous: s.anonymous,
        claims: s.claims.map((c) => ({ file: relative(c.path), range: c.claim.range, text: c.claim.text, cue: c.claim.cue, hedges: c.claim.hedges })),
      })),
    },
    null,
    2,
  );
}

const CSV_HEADER = ['file', 'date', 'line', 'column', 'speaker', 'rule', 'confidence', 'partial', 'quote'];

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
      ]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
