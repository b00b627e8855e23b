import { stringify } from 'csv-stringify/browser/esm/sync';
import { formatQuantity } from '../page/format';
import type { AnnotationContent } from '../store/annotations';
import type { Page } from '../store/types';

/** The CSV columns, one per field; lists (tags, speakers, figures) are joined with "; ". */
export const CSV_COLUMNS = [
  'id',
  'page_url',
  'page_title',
  'site',
  'published',
  'byline',
  'kind',
  'text',
  'note',
  'tags',
  'speakers',
  'roles',
  'figures',
  'values',
  'lows',
  'highs',
  'qualifiers',
  'units',
  'created',
  'updated',
] as const;

// A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM") is kept as text by a leading quote.
const FORMULA = /^[=+\-@\t\r]/;
const neutralise = (cell: string) => (FORMULA.test(cell) ? `'${cell}` : cell);
const list = (items: Array<string | number | null>) => items.map((x) => (x === null ? '' : String(x))).join('; ');

/** CSV rows (RFC 4180, CRLF) for some annotations; the first chunk starts with a BOM and the header. */
export function csvRows(items: Array<{ annotation: AnnotationContent; page: Page }>, first: boolean): string {
  const rows = items.map(({ annotation: a, page }) =>
    [
      a.id,
      page.url,
      page.title,
      page.site,
      page.publishedAt ?? '',
      page.byline ?? '',
      a.kind,
      a.text,
      a.note,
      list(a.tags),
      list([...new Set(a.attributions.map((x) => x.speaker))]),
      list([...new Set(a.attributions.map((x) => x.role ?? ''))].filter(Boolean)),
      list(a.quantities.map(formatQuantity)),
      list(a.quantities.map((q) => q.value)),
      list(a.quantities.map((q) => q.low)),
      list(a.quantities.map((q) => q.high)),
      list(a.quantities.map((q) => q.approx)),
      list(a.quantities.map((q) => q.unit)),
      new Date(a.createdAt).toISOString(),
      new Date(a.updatedAt).toISOString(),
    ].map(neutralise),
  );
  return stringify(first ? [[...CSV_COLUMNS], ...rows] : rows, { record_delimiter: 'windows', bom: first });
}

/** A link that opens the page scrolled to the passage (a text fragment), where browsers support it. */
export function passageLink(url: string, text: string): string {
  const words = text.trim().split(/\s+/);
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const fragment =
    words.length <= 8 ? encode(words.join(' ')) : `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
  return `${url.split('#')[0]}#:~:text=${fragment}`;
}

// "#north-korea" as note apps read tags; a tag with nothing usable for one is kept as code.
function markdownTag(tag: string): string {
  const name = tag.replace(/[^\p{L}\p{N}_/-]+/gu, '-').replace(/^-+|-+$/g, '');
  return name ? `#${name}` : `\`${tag.replace(/`/g, "'")}\``;
}

const escapeMarkdown = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
const quote = (s: string) =>
  s
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');

/** One page's annotations as Markdown notes (each made by markdownAnnotation): the title as a link, then the notes. */
export function markdownPage(page: Page, notes: string[]): string {
  const about = [page.site, page.publishedAt ? `published ${page.publishedAt.slice(0, 10)}` : '', page.byline ?? '']
    .filter(Boolean)
    .join(' · ');
  const parts = [`## [${escapeMarkdown(page.title || page.url)}](<${page.url}>)\n\n${escapeMarkdown(about)}\n`, ...notes];
  return `${parts.join('\n')}\n`;
}

/** One annotation as a Markdown note: the claim as a quote with speaker, figures, note and tags. */
export function markdownAnnotation(page: Page, a: AnnotationContent): string {
  const lines = [quote(a.text)];
  const speakers = [...new Map(a.attributions.map((x) => [x.speaker, x.role])).entries()];
  if (speakers.length > 0) {
    lines.push(
      `> — ${speakers.map(([s, role]) => `**${escapeMarkdown(s)}**${role ? `, ${escapeMarkdown(role)}` : ''}`).join('; ')}`,
    );
  }
  lines.push('');
  if (a.quantities.length > 0) lines.push(`- Figures: ${a.quantities.map(formatQuantity).join('; ')}`);
  if (a.note) lines.push(`- Note: ${a.note.replace(/\r?\n/g, '\n  ')}`);
  if (a.tags.length > 0) lines.push(`- Tags: ${a.tags.map(markdownTag).join(' ')}`);
  lines.push(
    `- [Open at the passage](<${passageLink(page.url, a.text)}>) · saved ${new Date(a.createdAt).toISOString().slice(0, 10)}`,
  );
  return `${lines.join('\n')}\n`;
}

export function markdownHead(count: number, generated: Date): string {
  return `# ClaimLens annotations\n\nExported ${generated.toISOString().slice(0, 10)} · ${count} annotations\n\n`;
}
