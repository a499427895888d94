/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The Collection Report webview: renders ReportData sent by the extension (or embedded in an exported
// file) and sends back what the user asks for: filters, a search, a place to open. It computes nothing.
import type {
  HostMessage,
  ReportData,
  ReportFilters,
  SearchQuery,
  SearchResults,
  WebviewMessage,
} from '../core/report/protocol';
import { el, RefRegistry } from './dom';
import {
  claimsSection,
  conflictsSection,
  searchResultsList,
  summaryLine,
  whenSection,
  whereSection,
  whoSection,
  type SectionContext,
} from './sections';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
}
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const host: VsCodeApi | undefined = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
const refs = new RefRegistry();
let data: ReportData | undefined;
let searchResults: SearchResults | undefined;
let indexing = false;

document.addEventListener('securitypolicyviolation', (event) => {
  document.body.dataset.cspViolations = String(Number(document.body.dataset.cspViolations ?? 0) + 1);
  console.warn(`Content Security Policy blocked ${event.blockedURI || event.violatedDirective}`);
});

const main = document.getElementById('report')!;
const status = el('p', { className: 'status', role: 'status', 'aria-live': 'polite' });
const from = el('input', { type: 'date', id: 'filter-from', 'aria-label': 'From date' });
const to = el('input', { type: 'date', id: 'filter-to', 'aria-label': 'To date' });
const folder = el('select', { id: 'filter-folder', 'aria-label': 'Folder' });
const bucket = el(
  'select',
  { id: 'filter-bucket', 'aria-label': 'Time buckets' },
  el('option', { value: '' }, 'automatic'),
  el('option', { value: 'week' }, 'weeks'),
  el('option', { value: 'month' }, 'months'),
);
const summary = el('div', { id: 'summary' });
const sections = el('div', { id: 'sections' });
const searchText = el('input', {
  type: 'search',
  id: 'search-text',
  placeholder: 'Words in quotes and claims',
  'aria-label': 'Search quotes and claims',
});
const searchSpeaker = el('input', {
  type: 'search',
  id: 'search-speaker',
  placeholder: 'Speaker or source',
  'aria-label': 'Speaker or source',
  list: 'speaker-names',
});
const speakerNames = el('datalist', { id: 'speaker-names' });
const searchOutput = el('div', { id: 'search-results', 'aria-live': 'polite' });

function currentFilters(): ReportFilters {
  const filters: ReportFilters = {};
  if (from.value) filters.from = from.value;
  if (to.value) filters.to = to.value;
  if (folder.value) filters.folder = folder.value;
  if (bucket.value === 'week' || bucket.value === 'month') filters.bucket = bucket.value;
  if (data?.filters.person) filters.person = data.filters.person;
  return filters;
}

function send(message: WebviewMessage): void {
  host?.postMessage(message);
}

function sendFilters(filters: ReportFilters): void {
  status.textContent = 'Updating…';
  main.setAttribute('aria-busy', 'true');
  send({ type: 'filters', filters });
}

function runSearch(): void {
  const query: SearchQuery = {
    text: searchText.value,
    ...(searchSpeaker.value ? { speaker: searchSpeaker.value } : {}),
    ...currentFilters(),
  };
  delete (query as ReportFilters).bucket;
  delete (query as ReportFilters).person;
  send({ type: 'search', query });
}

function controls(): HTMLElement {
  const exportButton =
    host && el('button', { type: 'button', id: 'export', onclick: () => send({ type: 'export' }) }, 'Export as HTML…');
  const reset = el(
    'button',
    {
      type: 'button',
      className: 'secondary',
      onclick: () => {
        from.value = to.value = folder.value = bucket.value = '';
        sendFilters({});
      },
    },
    'Reset filters',
  );
  for (const input of [from, to, folder, bucket]) input.addEventListener('change', () => sendFilters(currentFilters()));
  const label = (text: string, input: HTMLElement) => el('label', {}, el('span', {}, text), input);
  return el(
    'form',
    { className: 'filters', 'aria-label': 'Report filters', onsubmit: (e) => e.preventDefault() },
    label('From', from),
    label('To', to),
    label('Folder', folder),
    label('Time buckets', bucket),
    reset,
    exportButton,
  );
}

/** An exported file has no extension behind it to recompute: it states the filters it was exported with instead. */
function exportedFilters(report: ReportData): string {
  const f = report.filters;
  const parts = [
    f.from || f.to ? `dates ${f.from ?? 'any'} to ${f.to ?? 'any'}` : 'all dates',
    f.folder ? `folder ${f.folder}` : 'all folders',
  ];
  return `Exported with ${parts.join(', ')}. Filters and search work in the report inside VS Code.`;
}

function searchSection(): HTMLElement {
  const form = el(
    'form',
    {
      className: 'search',
      role: 'search',
      onsubmit: (e) => {
        e.preventDefault();
        runSearch();
      },
    },
    searchText,
    searchSpeaker,
    speakerNames,
    el('button', { type: 'submit' }, 'Search'),
  );
  return el(
    'section',
    { id: 'search', 'aria-labelledby': 'search-title' },
    el('h2', { id: 'search-title' }, 'Search'),
    form,
    searchOutput,
  );
}

function personPicker(report: ReportData): HTMLElement {
  const select = el(
    'select',
    { id: 'person', 'aria-label': 'Person to show over time' },
    el('option', { value: '' }, '(choose a person)'),
    ...report.speakerNames
      .slice(0, 500)
      .map((s) => el('option', { value: s.key, selected: s.key === report.filters.person }, s.name)),
  );
  select.addEventListener('change', () =>
    sendFilters({ ...currentFilters(), ...(select.value ? { person: select.value } : { person: undefined }) }),
  );
  return host ? el('label', { className: 'picker' }, el('span', {}, 'Person'), select) : el('div', {});
}

function syncControls(report: ReportData): void {
  const f = report.filters;
  from.value = f.from ?? '';
  to.value = f.to ?? '';
  folder.replaceChildren(
    el('option', { value: '' }, 'All folders'),
    ...report.folders.map((name) => el('option', { value: name }, name)),
  );
  folder.value = f.folder ?? '';
  bucket.value = f.bucket ?? '';
  speakerNames.replaceChildren(...report.speakerNames.slice(0, 1000).map((s) => el('option', { value: s.name })));
}

function context(): SectionContext {
  return { refs, nonce, width: Math.max(360, Math.min(960, main.clientWidth - 32)) };
}

function render(): void {
  if (!data) return;
  refs.clear();
  const ctx = context();
  try {
    if (host) syncControls(data);
    summary.replaceChildren(
      summaryLine(data),
      ...(host ? [] : [el('p', { className: 'note', id: 'exported-filters' }, exportedFilters(data))]),
    );
    sections.replaceChildren(
      whoSection(data, ctx),
      whenSection(data, ctx, personPicker(data)),
      whereSection(data, ctx),
      claimsSection(data, ctx),
      conflictsSection(data, ctx),
    );
    searchOutput.replaceChildren(searchResultsList(searchResults, ctx));
    status.textContent = indexing
      ? 'Indexing the collection: the report fills in as articles are analysed.'
      : data.totals.articles
        ? ''
        : 'No seed files in this workspace.';
  } catch (error) {
    status.setAttribute('role', 'alert');
    status.textContent = `The report could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
  main.dataset.ready = 'true';
}

function onMessage(message: HostMessage): void {
  switch (message.type) {
    case 'report':
      data = message.data;
      indexing = !!message.indexing;
      render();
      break;
    case 'searchResults':
      searchResults = message.results;
      searchOutput.replaceChildren(searchResultsList(searchResults, context()));
      break;
    case 'status':
      status.textContent = message.message;
      break;
  }
}

function openRef(event: MouseEvent): void {
  const anchor = (event.target as Element | null)?.closest('a');
  const ref = refs.resolve(anchor?.getAttribute('href') ?? anchor?.getAttribute('xlink:href') ?? null);
  if (!ref) return;
  event.preventDefault();
  if (host) send({ type: 'reveal', path: ref.path, range: ref.range });
  else if (ref.path.startsWith('/'))
    window.location.href = `vscode://file${encodeURI(ref.path)}:${ref.range[0] + 1}:${ref.range[1] + 1}`;
}

// an exported file has no filter or search controls: nothing behind it could answer them
main.replaceChildren(
  el('h1', {}, 'Collection Report'),
  ...(host ? [controls(), status, summary, sections, searchSection()] : [status, summary, sections]),
);
document.addEventListener('click', openRef);
window.addEventListener('message', (event: MessageEvent<HostMessage>) => onMessage(event.data));
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(render, 200);
});

const embedded = document.getElementById('report-data');
if (embedded?.textContent) onMessage({ type: 'report', data: JSON.parse(embedded.textContent) as ReportData });
else send({ type: 'ready' });
