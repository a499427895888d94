// One JSONL input line → one output line: a prediction, or an error record naming its id (or line number).
// The in-process run and the worker threads both call annotateJsonlLine, so their output is the same bytes.
import { analyze } from '../engine';
import { toPrediction } from '../engine/prediction';

/** One line of the input, as the reader hands it on. `text` is absent when the line was too long to keep. */
export interface JsonlTask {
  lineNo: number;
  text?: string;
  bytes: number;
  /** The line's bytes are not valid UTF-8 (its text was decoded leniently, to name its id). */
  invalidUtf8?: boolean;
}

export interface JsonlLineResult {
  /** The output line, ending in a newline. */
  output: string;
  /** Messages for stderr, each naming the line (`stdin:N: …`). */
  messages: string[];
  failed: boolean;
}

/** An error record: `{"id":…,"error":…}`; the line number stands in for an id the line does not give. */
function errorRecord(id: string | undefined, lineNo: number, error: string, pretty: boolean): string {
  const record = id === undefined ? { id: null, line: lineNo, error } : { id, error };
  return JSON.stringify(record, null, pretty ? 2 : undefined) + '\n';
}

function idOf(record: unknown): string | undefined {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** Why a parsed line is not an {"id","text"} record, or undefined when it is one. */
function recordProblem(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return 'a line needs a JSON object with an "id" and a string "text"';
  if (idOf(record) === undefined) return 'a line needs an "id" (a string or a number)';
  if (typeof (record as { text?: unknown }).text !== 'string') return 'a line needs a string "text"';
  return undefined;
}

function failure(id: string | undefined, lineNo: number, reason: string, pretty: boolean): JsonlLineResult {
  const named = id === undefined ? '' : ` (id ${JSON.stringify(id)})`;
  return {
    output: errorRecord(id, lineNo, reason, pretty),
    messages: [`stdin:${lineNo}: ${reason}${named}`],
    failed: true,
  };
}

/** The output line for one input line; never throws. */
export function annotateJsonlLine(task: JsonlTask, maxBytes: number, pretty: boolean): JsonlLineResult {
  const { lineNo } = task;
  if (task.text === undefined)
    return failure(undefined, lineNo, `skipped: ${task.bytes} bytes is above the ${maxBytes}-byte limit`, pretty);
  let record: unknown;
  try {
    record = JSON.parse(task.text);
  } catch {
    return failure(undefined, lineNo, 'not valid JSON', pretty);
  }
  const id = idOf(record);
  const problem = task.invalidUtf8 ? 'not valid UTF-8 text' : recordProblem(record);
  if (problem) return failure(id, lineNo, problem, pretty);
  const messages: string[] = [];
  try {
    const analysis = analyze((record as { text: string }).text, {
      onError: (e) => messages.push(`stdin:${lineNo}: finding ${e.stage} failed: ${e.message}`),
    });
    const truncated = analysis.problems.find((p) => p.code === 'truncated-input');
    if (truncated) messages.push(`stdin:${lineNo}: truncated: ${truncated.message} (id ${JSON.stringify(id)})`);
    const prediction = toPrediction(id!, analysis);
    const output = truncated ? { ...prediction, truncated: true, problems: [truncated] } : prediction;
    return { output: JSON.stringify(output, null, pretty ? 2 : undefined) + '\n', messages, failed: false };
  } catch (error) {
    return failure(id, lineNo, `analysis failed: ${(error as Error)?.message ?? String(error)}`, pretty);
  }
}
