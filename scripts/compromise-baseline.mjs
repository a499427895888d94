// compromise alone, as the reference the engine is measured against: its quotations, its
// people/places/organizations, and the nearest person as a quote's speaker.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const nlp = require('compromise');

function spans(view) {
  return view
    .json({ offset: true })
    .map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, text: m.text }));
}

export function compromiseAlone(doc) {
  const d = nlp(doc.text);
  const people = spans(d.people());
  const entities = [
    ...people.map((s) => ({ start: s.start, end: s.end, type: 'PER' })),
    ...spans(d.places()).map((s) => ({ start: s.start, end: s.end, type: 'LOC' })),
    ...spans(d.organizations()).map((s) => ({ start: s.start, end: s.end, type: 'ORG' })),
  ];
  const quotes = spans(d.quotations()).map((q) => {
    let best = null;
    for (const p of people) {
      const dist = p.end <= q.start ? q.start - p.end : p.start - q.end;
      if (dist >= 0 && (!best || dist < best.dist)) best = { dist, p };
    }
    return { start: q.start, end: q.end, speaker: best ? best.p.text : null };
  });
  return { id: doc.id, quotes, entities, claims: [] };
}
