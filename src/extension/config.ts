// Every setting of the extension, read in one place with types and defaults.
import * as vscode from 'vscode';
import type { ProblemCode } from '../engine/types';
import { DEFAULT_INCLUDE, readGlobs } from '../core/seedFiles';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface SeedAnnotatorConfig {
  debounceMs: number;
  maxFileBytes: number;
  /** Time budget of one document or file in the analysis workers. */
  timeoutSeconds: number;
  diagnosticsEnabled: boolean;
  severityOverrides: Partial<Record<ProblemCode, SeverityName>>;
  highlightsEnabled: boolean;
  hoverMaxQuotes: number;
  indexWorkers: number;
  statusBarEnabled: boolean;
  /** Globs of files or folders that are seed files with or without the header. */
  include: string[];
  /** Globs of files or folders never indexed. */
  exclude: string[];
  /** Where imported articles go, relative to the workspace folder ('/'-separated, no '..'). */
  importFolder: string;
  /** Keep the raw bytes of imported pages under .seed-annotations/snapshots/. */
  keepSnapshots: boolean;
}

export const SECTION = 'seedAnnotator';

/** Files under a `seeds` folder are seed files even without the header (shared with the CLI: src/core/seedFiles). */
export { DEFAULT_INCLUDE };

/** Setting keys (without the section) → the config field they fill. The manifest test compares these. */
export const SETTING_KEYS = {
  'analysis.debounceMs': 'debounceMs',
  'analysis.maxFileBytes': 'maxFileBytes',
  'analysis.timeoutSeconds': 'timeoutSeconds',
  'diagnostics.enabled': 'diagnosticsEnabled',
  'diagnostics.severity': 'severityOverrides',
  'highlights.enabled': 'highlightsEnabled',
  'hover.maxQuotes': 'hoverMaxQuotes',
  'index.workers': 'indexWorkers',
  'statusBar.enabled': 'statusBarEnabled',
  include: 'include',
  exclude: 'exclude',
  'import.folder': 'importFolder',
  'import.keepSnapshots': 'keepSnapshots',
} as const satisfies Record<string, keyof SeedAnnotatorConfig>;

const SEVERITIES = new Set<SeverityName>(['error', 'warning', 'information', 'hint', 'off']);

function clampNumber(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function readSeverities(value: unknown): SeedAnnotatorConfig['severityOverrides'] {
  const result: SeedAnnotatorConfig['severityOverrides'] = {};
  if (!value || typeof value !== 'object') return result;
  for (const [code, severity] of Object.entries(value as Record<string, unknown>)) {
    if (typeof severity === 'string' && SEVERITIES.has(severity as SeverityName)) {
      result[code as ProblemCode] = severity as SeverityName;
    }
  }
  return result;
}

/** Settings a workspace may not set in Restricted Mode (a downloaded folder could raise them to exhaust the machine). */
export const RESTRICTED_SETTINGS = ['index.workers', 'analysis.maxFileBytes', 'analysis.timeoutSeconds'] as const;

/** A setting's value; in an untrusted workspace the restricted ones come from the user's settings only. */
function read(c: vscode.WorkspaceConfiguration, key: string): unknown {
  if (vscode.workspace.isTrusted || !(RESTRICTED_SETTINGS as readonly string[]).includes(key)) return c.get(key);
  const inspected = c.inspect(key);
  return inspected?.globalValue ?? inspected?.defaultValue;
}

export function readConfig(scope?: vscode.ConfigurationScope): SeedAnnotatorConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    debounceMs: clampNumber(c.get('analysis.debounceMs'), 300, 0, 5000),
    maxFileBytes: clampNumber(read(c, 'analysis.maxFileBytes'), 20 * 1024 * 1024, 1024, Number.MAX_SAFE_INTEGER),
    timeoutSeconds: clampNumber(read(c, 'analysis.timeoutSeconds'), 30, 1, 600),
    diagnosticsEnabled: c.get('diagnostics.enabled') !== false,
    severityOverrides: readSeverities(c.get('diagnostics.severity')),
    highlightsEnabled: c.get('highlights.enabled') !== false,
    hoverMaxQuotes: Math.round(clampNumber(c.get('hover.maxQuotes'), 3, 0, 20)),
    indexWorkers: Math.round(clampNumber(read(c, 'index.workers'), 0, 0, 16)),
    statusBarEnabled: c.get('statusBar.enabled') !== false,
    include: readGlobs(c.get('include'), DEFAULT_INCLUDE),
    exclude: readGlobs(c.get('exclude'), []),
    importFolder: readFolder(c.get('import.folder'), 'articles'),
    keepSnapshots: c.get('import.keepSnapshots') !== false,
  };
}

/** A folder inside the workspace folder: relative, '/'-separated, without '..'; anything else gives the fallback. */
function readFolder(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const parts = value
    .trim()
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p && p !== '.');
  if (/^([a-z]:|\/)/i.test(value.trim()) || parts.includes('..')) return fallback;
  return parts.join('/');
}

/** True when the change touches one of the given setting keys (without the section). */
export function affects(event: vscode.ConfigurationChangeEvent, ...keys: (keyof typeof SETTING_KEYS)[]): boolean {
  return keys.some((key) => event.affectsConfiguration(`${SECTION}.${key}`));
}
