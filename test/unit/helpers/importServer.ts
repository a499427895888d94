// A local web server on 127.0.0.1 for import tests: pages, a feed, redirects, errors, slow and huge answers.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  base: string;
  /** Requests seen, by path. */
  hits: Map<string, number>;
  userAgents: string[];
  close(): Promise<void>;
}

export function articlePage(options: {
  title: string;
  date?: string;
  outlet?: string;
  words?: string;
  canonical?: string;
}): string {
  const meta = options.date ? `<meta property="article:published_time" content="${options.date}T09:30:00-04:00">` : '';
  const canonical = options.canonical ? `<link rel="canonical" href="${options.canonical}">` : '';
  const body = options.words ?? `${options.title} was the subject of a long meeting on Tuesday, officials said.`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${options.title}</title>
<meta property="og:site_name" content="${options.outlet ?? 'Test Gazette'}">${meta}${canonical}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${options.title}</h1>
<p>${body} The council met for four hours and heard from dozens of residents about the plan.</p>
<p>“We listened to everyone who came,” the chair said after the vote, adding that the city would publish the minutes.</p>
<p>Opponents said the plan moved too fast and promised to keep pressing the council at its next meeting in the spring.</p>
</article><footer>Copyright Test Gazette</footer></body></html>`;
}

type Route = (req: http.IncomingMessage, res: http.ServerResponse, server: TestServer) => void;

export async function startImportServer(routes: Record<string, Route>): Promise<TestServer> {
  const sockets = new Set<import('node:net').Socket>();
  const state = { hits: new Map<string, number>(), userAgents: [] as string[] };
  const holder: { server?: TestServer } = {};
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    state.userAgents.push(String(req.headers['user-agent']));
    const route = routes[path];
    if (route) route(req, res, holder.server!);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const self: TestServer = {
    base: `http://127.0.0.1:${port}`,
    ...state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  holder.server = self;
  return self;
}

export const html =
  (body: string, type = 'text/html; charset=utf-8'): Route =>
  (_req, res) =>
    void res.writeHead(200, { 'content-type': type }).end(body);

export const redirect =
  (to: string, status = 302): Route =>
  (_req, res) =>
    void res.writeHead(status, { location: to }).end();
