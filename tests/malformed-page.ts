// A news page as careless templates and ad servers leave it, built around a real article (sample 002):
// unclosed and misnested tags, a paragraph inside a table, broken entities, a document.write with markup
// in a string, and links that cannot be resolved (protocol-relative ad links under a protocol-relative
// <base>, an unterminated IPv6 host).
import { readFileSync } from 'node:fs';
import { CLAIMS } from '../scripts/paths';

export function malformedPage(): string {
  const lines = readFileSync(`${CLAIMS}/articles/002.txt`, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim());
  const title = lines.find((line) => line !== '') ?? '';
  const p = lines.filter((line) => line.length > 80);
  return `<!doctype html>
<html lang=en><head><meta charset=utf-8><title>${title}</title>
<base href="//cdn.example.com/assets/">
<link rel=stylesheet href="//cdn.example.com/site.css">
<link rel="canonical" href="http://[broken">
<script>document.write("</div><p>not text</p>");</script>
</head><body class=page>
<div class="page-ad-margins"><header><nav><a href=//ads.example.com/click?id=1&amp;x=2>Home</a> <a href="http://[::1:bad">World</a></nav></header>
<div class="ad-slot"><a href="//ads.doubleclick.example/ad?sz=300x250"><img src="//ads.example.com/1x1.gif" alt="Advertisement"></a></div>
<article><h1>${title}</h2>
<p>${p[0]}
<p>${p[1]}<div class=inline-note></div>
<p>${p[2]}</span></b>
<table><p>${p[3]}</p><tr><td>${p[4]}</td></tr></table>
<p>${p[5]?.replace(' ', '</b></i> <b><i>')}
<p>${p[6]}&nbsp;&copy &bogus; &#xZZ;
<iframe src="//player.example.com/embed/1"></iframe>
<p>${p[7]}</p></div>
</article>
<form action="//"><input name=q value="100 results"></form>
</body></html>
`;
}

// A real sentence (sample 000) in the markup parsers disagree on, each case a construct met on news pages.
const P = readFileSync(`${CLAIMS}/articles/000.txt`, 'utf8')
  .split(/\r?\n/)
  .find((line) => /\d/.test(line) && line.length > 120) as string;

/** Small pages whose tree a careless parser builds differently from a browser. */
export const MARKUP_CASES: Record<string, string> = {
  'form inside a form': `<body><article><form><p>${P}</p><form></form><p>${P}</p></form><p>${P}</p></article></body>`,
  'paragraph in noscript, left open': `<body><article><p>${P}</p><noscript><p>${P}</noscript><p>${P}</p></article></body>`,
  'paragraph in a table, outside its cells': `<body><article><table><tr><td>a</td></tr><p>${P}</p></table><p>${P}</p></article></body>`,
  'paragraph in an svg': `<body><article><p>${P}</p><svg><title>Icon</title><p>${P}</p></svg><p>${P}</p></article></body>`,
  '</br> as a line break': `<body><div class="story">${P}</br></br>${P}</br></br>${P}</div></body>`,
  'CDATA in HTML': `<body><article><p>${P}</p><![CDATA[ </article> ]]><p>${P}</p></article></body>`,
  'xmp raw text': `<body><article><p>${P}</p><xmp></article><p>x</xmp><p>${P}</p></article></body>`,
  'paragraph in MathML': `<body><article><p>${P}</p><math><mi><p>${P}</mi></math><p>${P}</p></article></body>`,
  'link left open across paragraphs': `<body><article><p><a href="//ads.example.com/x">${P}<p>${P}</p><p>${P}</p></article></body>`,
};
