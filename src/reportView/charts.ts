/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Charts as SVG with Observable Plot. Every chart is labelled for assistive technology, each bar is a
// keyboard-focusable link with its number in an aria-label, and a visually hidden table repeats the numbers.
import * as Plot from '@observablehq/plot';
import type { Ref } from '../core/report/protocol';
import { el, type RefRegistry } from './dom';

export interface BarRow {
  label: string;
  value: number;
  /** Stack segment name (claims: hedged / not hedged; time: the speaker). */
  series?: string;
  ref?: Ref;
}

export interface ChartOptions {
  /** Distinguishes the chart in tests and styles, e.g. "speakers". */
  id: string;
  title: string;
  valueLabel: string;
  rows: BarRow[];
  refs: RefRegistry;
  nonce: string;
  width: number;
  /** Series (stack parts or categories), in order. */
  series?: string[];
  /** Colours of the series, in order; the palette by default. */
  colors?: string[];
}

const PALETTE = [
  'var(--chart-1)',
  'var(--chart-2)',
  'var(--chart-3)',
  'var(--chart-4)',
  'var(--chart-5)',
  'var(--chart-6)',
];

/** Plot adds its own <style> elements; the page's CSP admits them only with the page's nonce. */
function adopt(node: Element, nonce: string): Element {
  const styles = node.tagName.toLowerCase() === 'style' ? [node] : [...node.querySelectorAll('style')];
  for (const style of styles) (style as HTMLStyleElement).nonce = nonce;
  return node;
}

/** Counts have no fractions: ticks between whole numbers stay unlabelled. */
const wholeNumbers = (d: number): string => (Number.isInteger(d) ? d.toLocaleString('en') : '');

function ariaText(row: BarRow, valueLabel: string): string {
  return `${row.label}${row.series ? `, ${row.series}` : ''}: ${row.value.toLocaleString('en')} ${valueLabel}`;
}

/** The chart's numbers as a table for screen readers and tests (data-chart names the chart). */
function numbersTable(options: ChartOptions): HTMLTableElement {
  const stacked = !!options.series;
  return el(
    'table',
    { className: 'visually-hidden', 'data-chart': options.id },
    el('caption', {}, options.title),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Name'),
        stacked && el('th', { scope: 'col' }, 'Part'),
        el('th', { scope: 'col' }, options.valueLabel),
      ),
    ),
    el(
      'tbody',
      {},
      ...options.rows.map((row) =>
        el(
          'tr',
          {},
          el(
            'th',
            { scope: 'row' },
            row.ref ? el('a', { href: options.refs.href(row.ref), tabindex: -1 }, row.label) : row.label,
          ),
          stacked && el('td', {}, row.series ?? ''),
          el('td', { 'data-value': row.value }, row.value.toLocaleString('en')),
        ),
      ),
    ),
  );
}

function figure(options: ChartOptions, plot: Element): HTMLElement {
  return el(
    'figure',
    { className: 'chart', 'data-chart': options.id },
    adopt(plot, options.nonce),
    numbersTable(options),
  );
}

function hrefOf(options: ChartOptions): (row: BarRow) => string | null {
  const hrefs = new Map(options.rows.map((row) => [row, row.ref ? options.refs.href(row.ref) : null]));
  return (row) => hrefs.get(row) ?? null;
}

/** Horizontal bars, one per label (stacked by series when given), longest first as given. */
export function horizontalBars(options: ChartOptions): HTMLElement {
  const labels = [...new Set(options.rows.map((r) => r.label))];
  const longest = Math.max(0, ...labels.map((l) => l.length));
  const href = hrefOf(options);
  const totals = labels.map((label) => ({
    label,
    value: options.rows.filter((r) => r.label === label).reduce((n, r) => n + r.value, 0),
  }));
  const plot = Plot.plot({
    width: options.width,
    height: 28 + labels.length * 24,
    marginLeft: Math.min(220, 12 + longest * 6.5),
    marginRight: 48,
    ariaLabel: options.title,
    ariaDescription: `Bar chart: ${labels.length} bars. The numbers are also in the table that follows.`,
    x: { label: options.valueLabel, grid: true, axis: 'top', tickFormat: wholeNumbers },
    y: { label: null, domain: labels },
    color: options.series ? { domain: options.series, range: options.colors ?? PALETTE } : undefined,
    marks: [
      Plot.barX(options.rows, {
        x: 'value',
        y: 'label',
        ...barChannels(options, href),
      }),
      Plot.text(totals, {
        x: 'value',
        y: 'label',
        text: (r: BarRow) => r.value.toLocaleString('en'),
        dx: 4,
        textAnchor: 'start',
        ariaHidden: 'true',
      }),
      Plot.ruleX([0]),
    ],
  });
  return figure(options, plot);
}

/** What every bar carries: its colour (by series), its link, and its number as text for screen readers and tooltips. */
function barChannels(options: ChartOptions, href: ReturnType<typeof hrefOf>) {
  const text = (row: BarRow): string => ariaText(row, options.valueLabel);
  return { fill: options.series ? 'series' : PALETTE[0], href, ariaLabel: text, title: text };
}

/** Vertical bars over time buckets, stacked by series when given. */
export function columnsOverTime(options: ChartOptions & { buckets: string[] }): HTMLElement {
  const step = Math.max(1, Math.ceil(options.buckets.length / Math.max(4, Math.floor(options.width / 60))));
  const href = hrefOf(options);
  const plot = Plot.plot({
    width: options.width,
    height: 260,
    marginBottom: 48,
    ariaLabel: options.title,
    ariaDescription: `Bar chart over ${options.buckets.length} periods. The numbers are also in the table that follows.`,
    x: {
      label: null,
      domain: options.buckets,
      tickRotate: -40,
      tickFormat: (d: string, i: number) => (i % step ? '' : d),
    },
    y: { label: options.valueLabel, grid: true, tickFormat: wholeNumbers },
    color: options.series ? { domain: options.series, range: options.colors ?? PALETTE, legend: true } : undefined,
    marks: [
      Plot.barY(
        options.rows.filter((r) => r.value > 0),
        {
          x: 'label',
          y: 'value',
          ...barChannels(options, href),
        },
      ),
      Plot.ruleY([0]),
    ],
  });
  return figure({ ...options, rows: options.rows.filter((r) => r.value > 0) }, plot);
}
