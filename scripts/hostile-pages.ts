// Pages built to make an extension that reads the whole page slow: one 5 MB text node, 100,000 small
// nodes, and nesting 20,000 elements deep. Their words are the sample articles' real sentences.
import { readFileSync } from 'node:fs';
import { ARTICLE_IDS, CLAIMS } from './paths';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function sentences(): string[] {
  return ARTICLE_IDS.flatMap((id) =>
    readFileSync(`${CLAIMS}/articles/${id}.txt`, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim().length > 80)
      .map((line) => escapeHtml(line.trim())),
  );
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** The whole article as one text node of `bytes` characters: paragraphs joined by spaces, no markup. */
export function oneTextNode(bytes = 5_000_000): string {
  const all = sentences();
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const s = all[i % all.length] as string;
    parts.push(s);
    size += s.length + 1;
  }
  return page('One text node', `<article><h1>One text node</h1><p>${parts.join(' ')}</p></article>`);
}

/** An article of `count` small elements: paragraphs of a few words each in spans. */
export function manyNodes(count = 100_000): string {
  const words = sentences().flatMap((s) => s.split(' '));
  const paragraphs: string[] = [];
  for (let made = 0, w = 0; made < count;) {
    const spans: string[] = [];
    for (let i = 0; i < 4; i++, w += 3)
      spans.push(`<span>${words.slice(w % words.length, (w % words.length) + 3).join(' ')} </span>`);
    paragraphs.push(`<p>${spans.join('')}</p>`);
    made += 5;
  }
  return page('Many nodes', `<article><h1>Many nodes</h1>${paragraphs.join('')}</article>`);
}

/**
 * An article whose paragraphs are nested `depth` elements deep, one in each level. The HTML parser
 * flattens nesting past 512, so the page's own script builds it before the page loads, as a script-built
 * page would. Chromium 156 itself crashes laying out 20,000 visible levels (with or without ClaimLens), so
 * the nesting is in a container styled out of the layout: still in the DOM that an extension walks.
 */
export function deepNesting(depth = 20_000): string {
  const all = JSON.stringify(sentences());
  const script = `(() => {
    const sentences = ${all};
    let parent = document.querySelector('#nested');
    for (let i = 0; i < ${depth}; i++) {
      const div = document.createElement('div');
      const p = document.createElement('p');
      p.textContent = sentences[i % sentences.length];
      div.append(p);
      parent.append(div);
      parent = div;
    }
  })();`;
  const shown = sentences()
    .slice(0, 20)
    .map((s) => `<p>${s}</p>`)
    .join('');
  return page(
    'Deep nesting',
    `<article><h1>Deep nesting</h1>${shown}<div id="nested" style="display:none"></div></article><script>${script}</script>`,
  );
}

export const HOSTILE_PAGES: Record<string, () => string> = {
  'one 5 MB text node': () => oneTextNode(),
  '100,000 nodes': () => manyNodes(),
  '20,000-deep nesting': () => deepNesting(),
};
