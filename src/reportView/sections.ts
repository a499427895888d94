/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The report's sections, each rendered from ReportData alone.
import type { Conflict, QuoteItem, ReportData, SearchResults } from '../core/report/protocol';
import { columnsOverTime, horizontalBars } from './charts';
import { el, percent, placeLabel, plural, type RefRegistry } from './dom';

const GENDER_COLORS = { female: 'var(--chart-4)', male: 'var(--chart-3)', unknown: 'var(--chart-6)' } as const;

export interface SectionContext {
  refs: RefRegistry;
  nonce: string;
  width: number;
}

function section(id: string, title: string, ...children: (Node | string | false | undefined)[]): HTMLElement {
  return el('section', { id, 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, title), ...children);
}

function link(ctx: SectionContext, ref: QuoteItem['ref'], text: string, label?: string): HTMLAnchorElement {
  return el('a', { href: ctx.refs.href(ref), className: 'reveal', 'aria-label': label }, text);
}

function empty(text: string): HTMLElement {
  return el('p', { className: 'empty' }, text);
}

export function summaryLine(data: ReportData): HTMLElement {
  const t = data.totals;
  const range = data.dateRange ? `, ${data.dateRange.from} to ${data.dateRange.to}` : '';
  const folder = data.filters.folder ? ` in ${data.filters.folder}` : '';
  return el(
    'p',
    { className: 'totals', 'data-totals': JSON.stringify(t) },
    `${plural(t.articles, 'article')}${folder}${range}: ${plural(t.quotes, 'quote')} (${t.attributedQuotes.toLocaleString('en')} attributed, ${t.anonymousQuotes.toLocaleString('en')} to anonymous sources), ${plural(t.speakers, 'speaker')}, ${plural(t.claims, 'claim')}.`,
  );
}

export function whoSection(data: ReportData, ctx: SectionContext): HTMLElement {
  const speakers = data.speakers.length
    ? horizontalBars({
        id: 'speakers',
        title: 'Top speakers by number of quotes',
        valueLabel: 'quotes',
        rows: data.speakers.map((s) => ({
          label: s.anonymous ? `${s.name} (anonymous)` : s.name,
          value: s.quotes,
          ref: s.ref,
        })),
        refs: ctx.refs,
        nonce: ctx.nonce,
        width: ctx.width,
      })
    : empty('No attributed quotes in this selection.');
  const named = data.gender.reduce((n, g) => n + g.people, 0);
  const gender = el(
    'div',
    { className: 'gender' },
    el('h3', {}, 'Women, men and unknown among the people quoted'),
    el(
      'p',
      { className: 'note' },
      'People the engine recognised, as a title ("Mrs", "Congressman") or a first name in the articles tells. Organizations and anonymous sources are not counted; "unknown" means no article tells.',
    ),
    named
      ? horizontalBars({
          id: 'gender',
          title: 'Named people quoted, by gender',
          valueLabel: 'people',
          series: data.gender.map((g) => g.gender),
          colors: data.gender.map((g) => GENDER_COLORS[g.gender]),
          rows: data.gender.map((g) => ({
            label: `${g.gender} (${percent(g.share)})`,
            series: g.gender,
            value: g.people,
          })),
          refs: ctx.refs,
          nonce: ctx.nonce,
          width: ctx.width,
        })
      : empty('No named person is quoted.'),
  );
  const folders = el(
    'div',
    {},
    el('h3', {}, 'Named people, organizations and anonymous sources per folder'),
    el(
      'table',
      { className: 'grid', 'data-table': 'folders' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...[
            'Folder',
            'Articles',
            'Quotes',
            'People named',
            'Organizations named',
            'Quotes from anonymous sources',
          ].map((h) => el('th', { scope: 'col' }, h)),
        ),
      ),
      el(
        'tbody',
        {},
        ...data.folderRows.map((r) =>
          el(
            'tr',
            {},
            el(
              'th',
              { scope: 'row' },
              link(
                ctx,
                r.ref,
                r.folder || '(workspace root)',
                `Open the first article in ${r.folder || 'the workspace root'}`,
              ),
            ),
            ...[r.articles, r.quotes, r.people, r.organizations].map((n) => el('td', {}, n.toLocaleString('en'))),
            el(
              'td',
              {},
              `${r.anonymousQuotes.toLocaleString('en')}${r.quotes ? ` (${percent(r.anonymousQuotes / r.quotes)})` : ''}`,
            ),
          ),
        ),
      ),
    ),
  );
  return section('who', 'Who is quoted', speakers, gender, folders);
}

export function whenSection(data: ReportData, ctx: SectionContext, personPicker: HTMLElement): HTMLElement {
  const line = data.timeline;
  const chart = line.buckets.length
    ? columnsOverTime({
        id: 'timeline',
        title: `Quotes per ${line.bucket}, by speaker`,
        valueLabel: 'quotes',
        buckets: line.buckets,
        series: line.series,
        rows: line.cells.map((c) => ({ label: c.bucket, series: c.series, value: c.count, ref: c.ref })),
        refs: ctx.refs,
        nonce: ctx.nonce,
        width: ctx.width,
      })
    : empty('No dated articles in this selection.');
  const person = data.person;
  const personPart =
    person &&
    el(
      'div',
      { className: 'person' },
      columnsOverTime({
        id: 'person',
        title: `Quotes by ${person.name} per ${line.bucket}`,
        valueLabel: 'quotes',
        buckets: line.buckets,
        rows: person.cells.map((c) => ({ label: c.bucket, value: c.count, ref: c.ref })),
        refs: ctx.refs,
        nonce: ctx.nonce,
        width: ctx.width,
      }),
      quoteList(ctx, person.quotes, 'person-quotes'),
      person.quoteCount > person.quotes.length &&
        el(
          'p',
          { className: 'note' },
          `The first ${person.quotes.length.toLocaleString('en')} of ${person.quoteCount.toLocaleString('en')} quotes; search by speaker for the others.`,
        ),
    );
  return section(
    'when',
    'When',
    chart,
    line.undated
      ? el('p', { className: 'note' }, `${plural(line.undated, 'quote')} from undated articles not shown.`)
      : undefined,
    el('h3', {}, 'One person over time'),
    personPicker,
    personPart || undefined,
  );
}

export function whereSection(data: ReportData, ctx: SectionContext): HTMLElement {
  return section(
    'where',
    'Where',
    data.places.length
      ? horizontalBars({
          id: 'places',
          title: 'Places mentioned most',
          valueLabel: 'mentions',
          rows: data.places.map((p) => ({ label: p.name, value: p.mentions, ref: p.ref })),
          refs: ctx.refs,
          nonce: ctx.nonce,
          width: ctx.width,
        })
      : empty('No places mentioned in this selection.'),
  );
}

export function claimsSection(data: ReportData, ctx: SectionContext): HTMLElement {
  const { total, hedged } = data.claims;
  const rows = data.claimSources.flatMap((s) => [
    { label: s.name, series: 'not hedged', value: s.claims - s.hedged, ref: s.ref },
    { label: s.name, series: 'hedged', value: s.hedged, ref: s.ref },
  ]);
  return section(
    'claims',
    'Claims',
    el(
      'p',
      {},
      total
        ? `${plural(total, 'claim')}, ${hedged.toLocaleString('en')} hedged (${percent(hedged / total)}).`
        : 'No claims in this selection.',
    ),
    rows.length > 0 &&
      horizontalBars({
        id: 'claims',
        title: 'Claims by source, hedged and not',
        valueLabel: 'claims',
        series: ['not hedged', 'hedged'],
        rows,
        refs: ctx.refs,
        nonce: ctx.nonce,
        width: ctx.width,
      }),
  );
}

function quoteList(ctx: SectionContext, quotes: readonly QuoteItem[], id: string): HTMLElement {
  return el(
    'ol',
    { className: 'results', 'data-list': id },
    ...quotes.map((q) =>
      el(
        'li',
        {},
        link(ctx, q.ref, `“${q.text}”`),
        el('span', { className: 'meta' }, ` ${q.speaker} · ${q.date ?? 'undated'} · ${placeLabel(q.ref)}`),
      ),
    ),
  );
}

function conflictItem(ctx: SectionContext, c: Conflict): HTMLElement {
  const side = (q: QuoteItem) =>
    el(
      'div',
      { className: 'side' },
      link(ctx, q.ref, `“${q.text}”`, `Open the quote by ${q.speaker} in ${placeLabel(q.ref)}`),
      el('span', { className: 'meta' }, ` ${q.speaker} · ${q.date ?? 'undated'} · ${placeLabel(q.ref)}`),
    );
  return el(
    'li',
    { 'data-kind': c.kind },
    side(c.a),
    el(
      'span',
      { className: 'versus', 'aria-label': `similarity ${percent(c.similarity)}` },
      `↔ ${percent(c.similarity)} alike`,
    ),
    side(c.b),
  );
}

export function conflictsSection(data: ReportData, ctx: SectionContext): HTMLElement {
  const same = data.conflicts.filter((c) => c.kind === 'different-speakers');
  const reworded = data.conflicts.filter((c) => c.kind === 'reworded');
  const list = (items: Conflict[], id: string, none: string) =>
    items.length
      ? el('ul', { className: 'conflicts', 'data-list': id }, ...items.map((c) => conflictItem(ctx, c)))
      : empty(none);
  return section(
    'conflicts',
    'Conflicts',
    el('h3', {}, `The same quote given to different speakers (${same.length})`),
    list(same, 'different-speakers', 'None found.'),
    el('h3', {}, `One speaker, different wording (${reworded.length})`),
    el(
      'p',
      { className: 'note' },
      'Possible misquotes: quotes of one speaker in different articles that share most of their words.',
    ),
    list(reworded, 'reworded', 'None found.'),
  );
}

export function searchResultsList(results: SearchResults | undefined, ctx: SectionContext): HTMLElement {
  if (!results) return el('div', {});
  if (!results.total) return empty('Nothing found.');
  return el(
    'div',
    {},
    el(
      'p',
      { role: 'status' },
      results.total > results.results.length
        ? `${results.total.toLocaleString('en')} found; the first ${results.results.length} are shown.`
        : `${plural(results.total, 'result')}.`,
    ),
    el(
      'ol',
      { className: 'results', 'data-list': 'search' },
      ...results.results.map((r) =>
        el(
          'li',
          { 'data-kind': r.kind },
          link(ctx, r.ref, `${r.kind === 'quote' ? '“' : ''}${r.text}${r.kind === 'quote' ? '”' : ''}`),
          el(
            'span',
            { className: 'meta' },
            ` ${r.kind === 'quote' ? 'quote by' : 'claim from'} ${r.who} · ${r.date ?? 'undated'} · ${placeLabel(r.ref)}`,
          ),
        ),
      ),
    ),
  );
}
