// Containers that hold no article text: menus, comments, related stories, ads (after Readability's lists).
const UNLIKELY =
  /-ad-|\bads?\b|advert|banner|breadcrumb|combx|comment|community|disqus|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|share|sponsor|supplemental|pagination|pager|popup|promo|newsletter|subscribe|signup|outbrain|taboola|recommend|most-?read|trending|cookie|modal|\bbio\b|author|byline|dateline|feedback|survey|\bhidden\b|off-?screen|sr-only|visually-hidden|next[-_]?on|up-?next|more-?stories|read-?more|credit|copyright/i;
const MAYBE = /and|article|body|column|content|main|shadow|story|text/i;
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'MATH',
  'HEAD',
  'TITLE',
  'DIALOG',
  // Captions describe pictures and videos, often of other stories; Reader View leaves them out too.
  'FIGURE',
  'FIGCAPTION',
]);
// Landmarks that hold the article whatever their class names say ("js-social-anchor").
const STRUCTURAL = new Set(['BODY', 'MAIN', 'ARTICLE']);
const SKIPPED_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'form',
  'search',
  'dialog',
  'menu',
  'alert',
]);

/** True when an element and its subtree are not article text (menus, ads, comments, form fields, our own UI). */
export function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false') return true;
  if (el.hasAttribute('data-claimlens')) return true;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return UNLIKELY.test(names) && !MAYBE.test(names) && !STRUCTURAL.has(el.tagName.toUpperCase());
}

/** Length of paragraph text directly under an element's subtree, skipping what isSkipped excludes. */
function paragraphText(el: Element): number {
  const skipped = skippedBelow(el);
  let total = 0;
  for (const p of el.querySelectorAll('p')) {
    if (!skipped(p)) total += (p.textContent ?? '').trim().length;
  }
  return total;
}

/**
 * Whether an element or an ancestor below `root` is skipped, each element checked once: asked for every
 * paragraph of a page nested 20,000 deep, a walk to the root each time took minutes.
 */
function skippedBelow(root: Element): (node: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (node) => {
    const path: Element[] = [];
    let skipped = false;
    for (let el: Element | null = node; el && el !== root; el = el.parentElement) {
      const seen = known.get(el);
      if (seen !== undefined) {
        skipped = seen;
        break;
      }
      path.push(el);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i] as Element;
      skipped ||= isSkipped(el);
      known.set(el, skipped);
    }
    return skipped;
  };
}

/**
 * The element that holds the article's main text, or null when the page has no
 * article. Marked-up bodies win (`articleBody`, `<article>`); else the element
 * whose direct paragraphs hold the most text.
 */
export function findArticleRoot(doc: Document): Element | null {
  if (!doc.body) return null;
  const skipped = skippedBelow(doc.body);
  const marked = [...doc.querySelectorAll('[itemprop="articleBody"], [property="articleBody"], article')].filter(
    (el) => !skipped(el) && !isSkipped(el),
  );
  const sizes = new Map(marked.map((el) => [el, paragraphText(el)]));
  const best = largest(marked, (el) => sizes.get(el) ?? 0);
  if (best && (sizes.get(best) ?? 0) >= 200) return best;

  // Text density: the parent of the most paragraph text.
  const parents = new Map<Element, number>();
  for (const p of doc.body.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || skipped(p)) continue;
    parents.set(parent, (parents.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  const dense = largest([...parents.keys()], (el) => parents.get(el) ?? 0);
  if (dense && (parents.get(dense) ?? 0) >= 200) return dense;
  return null;
}

function largest<T>(items: T[], size: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestSize = -1;
  for (const item of items) {
    const s = size(item);
    if (s > bestSize) {
      best = item;
      bestSize = s;
    }
  }
  return best;
}
