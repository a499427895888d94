// The Sources view's "Review" group (reviewed / total per article, notes, orphaned annotations) and its
// "Not analysed" group. Pure; built from the index's summaries.
import { SourceNode } from './sourceNodes';
import type { FileSummary } from '../summary/summary';

export function buildReviewGroup(summaries: readonly FileSummary[], fileLabel: (path: string) => string): SourceNode {
  const files = [...summaries].filter((f) => !f.error).sort((a, b) => a.path.localeCompare(b.path));
  const totals = files.map((f) => ({
    file: f,
    reviewed: f.review?.reviewed ?? 0,
    total: f.review?.total ?? f.quotes.length + f.claims.length,
  }));
  const reviewed = totals.reduce((n, t) => n + t.reviewed, 0);
  const total = totals.reduce((n, t) => n + t.total, 0);
  const notes = files.flatMap((f) => (f.review?.notes ?? []).map((n) => ({ file: f, note: n })));
  const orphans = files.flatMap((f) => (f.review?.orphans ?? []).map((o) => ({ file: f, orphan: o })));

  return new SourceNode(
    {
      id: 'group:review',
      kind: 'group',
      label: 'Review',
      description: `${reviewed} / ${total} reviewed`,
      icon: 'checklist',
    },
    undefined,
    3,
    (root) => {
      const progress = new SourceNode(
        {
          id: 'review:progress',
          kind: 'group',
          label: 'Progress',
          description: `${reviewed} / ${total}`,
          icon: 'pass',
        },
        root,
        totals.length,
        (self) =>
          totals
            .sort(
              (a, b) =>
                a.reviewed / Math.max(1, a.total) - b.reviewed / Math.max(1, b.total) ||
                a.file.path.localeCompare(b.file.path),
            )
            .map(
              ({ file, reviewed: r, total: t }) =>
                new SourceNode(
                  {
                    id: `review:progress:${file.path}`,
                    kind: 'progress',
                    label: fileLabel(file.path),
                    description: `${r} / ${t} reviewed`,
                    tooltip: `${file.title}\n${r} of ${t} machine quotes and claims reviewed`,
                    icon: t > 0 && r >= t ? 'pass-filled' : r > 0 ? 'circle-large-outline' : 'circle-outline',
                    location: { path: file.path, range: [0, 0, 0, 0] },
                  },
                  self,
                  0,
                ),
            ),
      );
      const notesNode = new SourceNode(
        { id: 'review:notes', kind: 'group', label: 'Notes', description: String(notes.length), icon: 'note' },
        root,
        notes.length,
        (self) =>
          notes.map(
            ({ file, note }) =>
              new SourceNode(
                {
                  id: `review:note:${note.id}`,
                  kind: 'note',
                  label: note.text,
                  description: `${fileLabel(file.path)}:${note.range[0] + 1}`,
                  tooltip: `“${note.exact}”\n${note.text}`,
                  location: { path: file.path, range: note.range },
                  annotation: { article: file.path, id: note.id },
                },
                self,
                0,
              ),
          ),
      );
      const orphansNode = new SourceNode(
        {
          id: 'review:orphans',
          kind: 'group',
          label: 'Orphaned',
          description: String(orphans.length),
          icon: 'warning',
          tooltip:
            'Review annotations whose text is no longer in the article. They are kept; remove them or restore the text.',
        },
        root,
        orphans.length,
        (self) =>
          orphans.map(
            ({ file, orphan }) =>
              new SourceNode(
                {
                  id: `review:orphan:${orphan.id}`,
                  kind: 'orphan',
                  label: `“${orphan.exact.length > 80 ? `${orphan.exact.slice(0, 79)}…` : orphan.exact}”`,
                  description: `${orphan.kind} · ${fileLabel(file.path)}`,
                  tooltip: `${orphan.reason}\n${orphan.id}`,
                  location: { path: file.path, range: [0, 0, 0, 0] },
                  annotation: { article: file.path, id: orphan.id },
                },
                self,
                0,
              ),
          ),
      );
      return [progress, notesNode, orphansNode];
    },
  );
}

/** "Not analysed": files the index could not analyse (timed out, unreadable, too large), with the reason. */
export function buildUnanalysedGroup(
  summaries: readonly FileSummary[],
  fileLabel: (path: string) => string,
): SourceNode | undefined {
  const failed = summaries.filter((f) => f.error).sort((a, b) => a.path.localeCompare(b.path));
  if (!failed.length) return undefined;
  return new SourceNode(
    {
      id: 'group:unanalysed',
      kind: 'group',
      label: 'Not analysed',
      description: String(failed.length),
      icon: 'warning',
      tooltip: 'Seed files the index could not analyse',
    },
    undefined,
    failed.length,
    (self) =>
      failed.map(
        (f) =>
          new SourceNode(
            {
              id: `unanalysed:${f.path}`,
              kind: 'unanalysed',
              label: fileLabel(f.path),
              description: f.error,
              tooltip: `${f.path}\n${f.error}`,
              icon: 'warning',
              location: { path: f.path, range: [0, 0, 0, 0] },
            },
            self,
            0,
          ),
      ),
  );
}
