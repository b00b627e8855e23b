// Serves the sample articles as simple news pages, and the saved real pages, from 127.0.0.1.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ARTICLE_IDS, CLAIMS, PAGE_NAMES, PAGES } from './paths';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A sample article as a news site would lay it out: the article between a menu,
 * a list of related stories and a comment section, all of which hold figures
 * that must not be highlighted.
 */
export function samplePage(id: string): string {
  const text = readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8');
  const [title = '', ...paragraphs] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem;color:#222}nav a{margin-right:1rem}aside,footer,#comments{font:14px sans-serif;color:#555;border-top:1px solid #ddd;margin-top:2rem}</style>
</head><body>
<header><nav><a href="/">Home</a><a href="/">World</a><a href="/">Top 10 stories</a><a href="/">24 hours</a></nav></header>
<main>
<article>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('\n')}
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/">5 things to know about 3,000 drones</a></li><li><a href="/">Officials said 12 ships sank</a></li></ul></aside>
<section id="comments" class="comments"><h2>14 comments</h2><p>“I counted 40 tanks myself,” a reader said.</p></section>
</main>
<footer>© Example News. 2 million readers a month.</footer>
</body></html>`;
}

/** A made-up article of about 1 MB of text, built from the sample articles' paragraphs, to test speed on huge pages. */
export function hugePage(bytes = 1_000_000): string {
  const paragraphs = ARTICLE_IDS.flatMap((id) =>
    readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim().length > 80),
  );
  const body: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    body.push(`<p>${escapeHtml(p)}</p>`);
    size += p.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long article</title></head><body><article><h1>A very long article</h1>${body.join('\n')}</article></body></html>`;
}

function indexPage(): string {
  const links = ARTICLE_IDS.map((id) => `<li><a href="/articles/${id}.html">Sample article ${id}</a></li>`).join('');
  const pages = PAGE_NAMES.map((name) => `<li><a href="/pages/${name}/">${name}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ClaimLens samples</title></head><body><h1>ClaimLens samples</h1><h2>Sample articles</h2><ul>${links}</ul><h2>Saved news pages</h2><ul>${pages}</ul></body></html>`;
}

export interface SampleSite {
  url: string;
  /** Changes applied to a path's HTML before it is served, as a site's editors would ("/articles/001.html" → edit). */
  edits: Map<string, (html: string) => string>;
  close: () => Promise<void>;
}

/** Starts the sample site on a free port of 127.0.0.1. Saved pages are served with their scripts disabled. */
export async function startSampleSite(): Promise<SampleSite> {
  const edits = new Map<string, (html: string) => string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const article = /^\/articles\/(\d{3})\.html$/.exec(path);
    const page = /^\/pages\/([\w-]+)\/$/.exec(path);
    const send = (body: string, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end((edits.get(path) ?? ((html: string) => html))(body));
    };
    if (path === '/') return send(indexPage());
    const generated = /^\/generated\/(\d+)kb\.html$/.exec(path);
    if (path === '/generated/1mb.html') return send(hugePage());
    if (generated) return send(hugePage(Number(generated[1]) * 1000));
    if (article && ARTICLE_IDS.includes(article[1] as string)) return send(samplePage(article[1] as string));
    if (page && PAGE_NAMES.includes(page[1] as string)) {
      // The saved pages' own scripts would reach for the web and rewrite the page: keep them off.
      return send(readFileSync(`${PAGES}/${page[1]}/source.html`, 'utf8'), { 'content-security-policy': "script-src 'none'" });
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    edits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
