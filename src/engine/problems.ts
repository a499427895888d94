// Problems derived from quotes and claims: unattributed or ambiguous quotes, anonymous sources.
import type { DocContext } from './context';
import type { Claim, Problem, Quote } from './types';

export function collectProblems(ctx: DocContext, quotes: Quote[], claims: Claim[]): Problem[] {
  const problems: Problem[] = [];
  for (const q of quotes) {
    if (q.partial) continue;
    const speaker = q.speaker;
    if (!speaker) {
      problems.push({
        start: q.start,
        end: q.end,
        code: 'unattributed-quote',
        severity: 'warning',
        message: 'No speaker found for this quote.',
      });
      continue;
    }
    if (speaker.ambiguity === 'surname' && speaker.candidates) {
      problems.push({
        start: q.start,
        end: q.end,
        code: 'ambiguous-speaker',
        severity: 'warning',
        message: `ambiguous speaker: ${speaker.candidates.map((c) => c.name).join(' or ')}`,
      });
    } else if (speaker.candidates && speaker.candidates.length > 1) {
      const names = speaker.candidates.map((c) => c.name);
      problems.push({
        start: q.start,
        end: q.end,
        code: 'ambiguous-attribution',
        severity: 'info',
        message: `The speaker of this quote is ambiguous: ${names.join(' or ')}. Assumed ${speaker.name}.`,
        related: speaker.candidates
          .filter((c) => c.mention)
          .map((c) => ({ start: c.mention!.start, end: c.mention!.end, message: `Possible speaker: ${c.name}` })),
      });
    }
  }
  // One note per anonymous source mention, whether it reports a claim or a quote.
  const anonymous = new Map<number, { start: number; end: number }>();
  for (const a of [...claims.map((c) => c.source), ...quotes.filter((q) => !q.partial).map((q) => q.speaker)]) {
    if (a?.anonymous && a.mention && !anonymous.has(a.mention.start)) anonymous.set(a.mention.start, a.mention);
  }
  for (const m of anonymous.values()) {
    problems.push({
      start: m.start,
      end: m.end,
      code: 'anonymous-source',
      severity: 'info',
      message: `Anonymous source: "${ctx.text.slice(m.start, m.end)}" is not named.`,
    });
  }
  problems.push(...bidiControls(ctx.text));
  return problems;
}

/** Bidirectional controls: invisible, they can make the text display in another order than it reads. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]+/g;
const MAX_BIDI_PROBLEMS = 50;

function bidiControls(text: string): Problem[] {
  const problems: Problem[] = [];
  for (const m of text.matchAll(BIDI_CONTROLS)) {
    const codes = [...m[0]].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
    problems.push({
      start: m.index,
      end: m.index + m[0].length,
      code: 'bidi-control',
      severity: 'warning',
      message: `Invisible bidirectional control character (${codes}): the text may display in another order than it reads.`,
    });
    if (problems.length >= MAX_BIDI_PROBLEMS) break;
  }
  return problems;
}
