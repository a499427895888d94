// The report's search latency for bench:workspace: queries drawn from the collection's own quotes, timed one
// by one once the index exists (the first search, which builds it, is reported apart).

/** Query texts drawn from the collection's own quotes (every 97th quote): one word, two words, and a speaker filter. */
function searchQueries(corpus) {
  const words = [];
  let n = 0;
  for (const speaker of corpus.model.speakers)
    for (const { quote } of speaker.quotes)
      if (n++ % 97 === 0)
        words.push(
          ...quote.text
            .split(/\s+/)
            .filter((w) => /^\p{L}{5,}$/u.test(w))
            .slice(0, 2),
        );
  const queries = [];
  for (let i = 0; i + 1 < words.length && queries.length < 60; i += 2) {
    queries.push({ text: words[i] });
    queries.push({ text: `${words[i]} ${words[i + 1]}` });
  }
  const speakers = corpus.model.speakers.slice(0, 10);
  for (const s of speakers) queries.push({ text: '', speaker: s.name.split(' ').pop() });
  return queries;
}

/** Search latency over many queries once the index is built (the first search builds it: reported apart). */
export function measureSearch(core, corpus, percentile) {
  const queries = searchQueries(corpus);
  const t0 = performance.now();
  const first = core.searchCollection(corpus, { text: 'said' });
  const firstMs = performance.now() - t0;
  const times = [];
  let hits = 0;
  for (const query of queries) {
    const start = performance.now();
    hits += core.searchCollection(corpus, query).total;
    times.push(performance.now() - start);
  }
  return {
    queries: queries.length,
    /** The first search ("said") builds the index. */
    firstMs,
    firstHits: first.total,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(...times),
    meanHits: hits / Math.max(1, queries.length),
  };
}
