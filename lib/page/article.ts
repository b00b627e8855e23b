import { isBoilerplateBlock, linkShare } from './boilerplate';
import { CARD_HOST_ATTRIBUTE } from './card-host';
import { runAll, runSliced, type Steps } from './slices';

// Class names of containers that usually hold no article text: menus, comments, related stories, ads (after
// Readability's lists). A name is a hint, not a verdict: a box that holds most of the page's prose is the
// article whatever it is called ("page-ad-margins" wraps a whole newspaper page).
const UNLIKELY =
  /-ad-|\bads?\b|advert|banner|breadcrumb|combx|comment|community|disqus|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|share|sponsor|supplemental|pagination|pager|popup|promo|newsletter|subscribe|signup|outbrain|taboola|recommend|most-?read|trending|cookie|modal|\bbio\b|author|byline|dateline|feedback|survey|\bhidden\b|off-?screen|sr-only|visually-hidden|next[-_]?on|up-?next|more-?stories|read-?more|credit|copyright/i;
const MAYBE = /and|article|body|column|content|main|shadow|story|text/i;
// Elements whose text is code, a form's or a picture's, never prose.
const NEVER_TEXT_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'MATH',
  'HEAD',
  'TITLE',
]);
// Elements that hold text, but not the article's.
const SKIPPED_TAGS = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
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
// Blocks judged by their own text (labels, link lists); inline elements are part of their block's text.
const JUDGED_BLOCKS = /^(P|DIV|SECTION|[OU]L|LI|DL|TABLE|H[2-6])$/;
// Between the sibling blocks of a split body, these join them (subheads, quotes, lists); other boxes are ads.
const JOINING_TAGS = /^(H[2-6]|BLOCKQUOTE|[OU]L|P|PRE|TABLE)$/;
// Text of its own, outside any block, that makes a box a paragraph (wire stories set in <div>s with <br>s).
const OWN_TEXT_PARAGRAPH = 80;
// Readability's thresholds: a sibling paragraph joins the body when longer than 80 characters and under a
// quarter links; a sibling box joins when it holds a fifth of the body's text.
const JOIN_PARAGRAPH = 80;
const JOIN_PARAGRAPH_LINKS = 0.25;
const JOIN_BOX_SHARE = 0.2;
const MIN_ARTICLE = 200;

// The sibling blocks chosen when a body split in several was joined: the parent is read with these children only.
const joinedBlocks = new WeakMap<Document, { parent: Element; chosen: Set<Element> }>();
// The page's paragraph text, measured at each search for the article, against which a class name is weighed.
const pageProse = new WeakMap<Document, number>();

/** True when an element holds no text a reader reads: scripts, form fields, hidden or editable boxes, our own UI. */
export function isNeverText(el: Element): boolean {
  if (NEVER_TEXT_TAGS.has(el.tagName.toUpperCase())) return true;
  // Most elements have no attribute at all: then the five questions below are not worth asking.
  if (!el.hasAttributes()) return false;
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false') ||
    el.hasAttribute(CARD_HOST_ATTRIBUTE)
  );
}

/** True when an element and its subtree are not article text (menus, ads, comments, form fields, our own UI). */
export function isSkipped(el: Element): boolean {
  return isOutsideArticle(el) || (JUDGED_BLOCKS.test(el.tagName.toUpperCase()) && isBoilerplateBlock(el));
}

/**
 * isSkipped without reading each block's text: by tag, role, the blocks joined and class names. Enough to
 * find the article (a promo is too short to sway that), and much cheaper on every paragraph of a long page.
 */
function isOutsideArticle(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || isNeverText(el)) return true;
  const joined = joinedBlocks.get(el.ownerDocument);
  if (joined && el.parentElement === joined.parent && !joined.chosen.has(el)) return true;
  // No role, class or id to judge by (most elements of a page, all of a hostile one's 100,000).
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  if (STRUCTURAL.has(tag)) return false;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return UNLIKELY.test(names) && !MAYBE.test(names) && !holdsMostProse(el);
}

/** Whether an element holds at least half the page's paragraph text: then it is the page, not a box on it. */
function holdsMostProse(el: Element): boolean {
  const doc = el.ownerDocument;
  let total = pageProse.get(doc);
  if (total === undefined) {
    total = doc.body ? proseIn(doc.body) : 0;
    pageProse.set(doc, total);
  }
  return total > 0 && proseIn(el) >= total / 2;
}

function proseIn(el: Element): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) total += (p.textContent ?? '').trim().length;
  return total;
}

/** isOutsideArticle, asked at most once per element during one search. */
function memoSkip(): (el: Element) => boolean {
  const seen = new Map<Element, boolean>();
  return (el) => {
    let verdict = seen.get(el);
    if (verdict === undefined) {
      verdict = isOutsideArticle(el);
      seen.set(el, verdict);
    }
    return verdict;
  };
}

/**
 * How deep below the body an element may be to be weighed as the article, or read (text-map.ts reads
 * no deeper below its root). Chromium's HTML parser nests no element deeper than 512, and the article text
 * of every saved page lies within 18 levels (its deepest element 28): only a script nests deeper, as a
 * hostile page 20,000 levels deep did, where weighing its 40,000 elements took about 110 ms.
 */
export const MAX_DEPTH = 256;
// An element's verdict in skippedBelow: skipped, itself or an ancestor (else its depth below the top).
const SKIPPED = -1;

/**
 * Whether an element or one of its ancestors below `top` is skipped, or it lies deeper than MAX_DEPTH,
 * each element's chain walked once: asked for every paragraph of a page nested 20,000 deep, a walk to the
 * top each time took minutes.
 */
function skippedBelow(top: Element, skip: (el: Element) => boolean): (el: Element) => boolean {
  const known = new Map<Element, number>();
  return (node) => {
    const path: Element[] = [];
    let depth = 0;
    for (let el: Element | null = node; el && el !== top; el = el.parentElement) {
      const seen = known.get(el);
      if (seen !== undefined) {
        depth = seen;
        break;
      }
      path.push(el);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const el = path[i] as Element;
      depth = depth === SKIPPED || depth >= MAX_DEPTH || skip(el) ? SKIPPED : depth + 1;
      known.set(el, depth);
    }
    return depth === SKIPPED;
  };
}

/** Length of the text a box holds in its own text nodes: a paragraph not marked up as one. */
function ownTextLength(el: Element): number {
  // Only elements under it (most boxes): no child need be touched, each of which costs a wrapper in our world.
  if (el.childElementCount === el.childNodes.length) return 0;
  let length = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) length += (child.nodeValue ?? '').trim().length;
  }
  return length;
}

// Elements looked at between two chances to pause, in the walks below.
const STEP = 64;

// The boxes that may hold paragraph text.
const PROSE_SELECTOR = 'p, div, td, pre, section';
const PROSE_TAGS = new Set(['p', 'div', 'td', 'pre', 'section']);
// Up to this many elements, one native query finds the boxes: fastest (a walk gives every element a wrapper in
// our world, 7-15 ms more on cnn and bbc-1), and at most about 10 ms at once. A bigger page is walked in steps:
// the query alone held the thread 30-60 ms on 100,000 nodes.
const QUERY_AT_ONCE = 20_000;

// Elements that say they hold the article: schema.org's articleBody (microdata or RDFa), or <article>.
const MARKED_SELECTOR = '[itemprop="articleBody"], [property="articleBody"], article';

/** Whether the page holds more than `count` elements below `body`, counted no further than that. */
function holdsMoreThan(body: Element, count: number): boolean {
  // `.length` would count them all: 40,000 on the deep hostile page, 100,000 on the widest, for one answer.
  return body.getElementsByTagName('*').item(count) !== null;
}

/**
 * The candidate boxes in document order, with null every STEP elements looked at: a chance to pause. The
 * elements marked as the article (MARKED_SELECTOR) go into `marked` on the way, in document order, none
 * deeper than MAX_DEPTH: on a big page the walk finds them, where a query would look at every element again.
 */
function* proseCandidates(body: Element, marked: Element[]): Generator<Element | null> {
  if (!holdsMoreThan(body, QUERY_AT_ONCE)) {
    marked.push(...body.ownerDocument.querySelectorAll(MARKED_SELECTOR));
    const found = body.querySelectorAll(PROSE_SELECTOR);
    for (let i = 0; i < found.length; i++) {
      if (i % STEP === STEP - 1) yield null;
      yield found[i] as Element;
    }
    return;
  }
  // Depth first, never below MAX_DEPTH: a subtree nested deeper is not even visited.
  let seen = 0;
  for (let el = body.firstElementChild, depth = 1; el;) {
    if (++seen % STEP === 0) yield null;
    if (PROSE_TAGS.has(el.localName)) yield el;
    if (isMarked(el)) marked.push(el);
    const child = depth < MAX_DEPTH ? el.firstElementChild : null;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && el !== body && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== body ? el.nextElementSibling : null;
  }
}

/** MARKED_SELECTOR, asked of one element without the selector engine (most elements have no attribute). */
function isMarked(el: Element): boolean {
  if (el.localName === 'article') return true;
  return el.hasAttributes() && (el.getAttribute('itemprop') === 'articleBody' || el.getAttribute('property') === 'articleBody');
}

/** Paragraph text per element that holds it directly: a `<p>`'s parent, or a box with text of its own. */
function* proseContainers(body: Element, under: (el: Element) => boolean, marked: Element[]): Steps<Map<Element, number>> {
  const containers = new Map<Element, number>();
  for (const el of proseCandidates(body, marked)) {
    if (el === null) {
      yield;
      continue;
    }
    const isParagraph = el.tagName.toUpperCase() === 'P';
    const length = isParagraph ? (el.textContent ?? '').trim().length : ownTextLength(el);
    if (length === 0 || (!isParagraph && length < OWN_TEXT_PARAGRAPH)) continue;
    const container = isParagraph ? el.parentElement : el;
    if (!container || under(el)) continue;
    containers.set(container, (containers.get(container) ?? 0) + length);
  }
  return containers;
}

/**
 * The paragraph text held by each target's subtree. Each container's text goes to the nearest target at
 * or above it, found by climbing with every element's answer kept (each chain climbed once), then inner
 * targets add theirs to the target above them. Linear: summing each target's descendants took 165 ms
 * on a page of 100,000 nodes, and asking each container whether a target contains it walks the
 * container's ancestors, minutes on a page nested 20,000 deep.
 */
function* proseWithin(targets: Element[], containers: Map<Element, number>): Steps<Map<Element, number>> {
  const isTarget = new Set(targets);
  const nearest = new Map<Element, Element | null>();
  const nearestFrom = (start: Element | null): Element | null => {
    const path: Element[] = [];
    let found: Element | null = null;
    for (let el = start; el; el = el.parentElement) {
      const known = nearest.get(el);
      if (known !== undefined) {
        found = known;
        break;
      }
      if (isTarget.has(el)) {
        found = el;
        break;
      }
      path.push(el);
    }
    for (const el of path) nearest.set(el, found);
    return found;
  };
  const totals = new Map<Element, number>(targets.map((el) => [el, 0]));
  let seen = 0;
  for (const [container, size] of containers) {
    if (++seen % STEP === 0) yield;
    const target = nearestFrom(container);
    if (target) totals.set(target, (totals.get(target) ?? 0) + size);
  }
  // Inner targets first: each adds its total to the target above it once all of its own inner ones have.
  const above = new Map(targets.map((el) => [el, nearestFrom(el.parentElement)]));
  const waiting = new Map<Element, number>();
  for (const up of above.values()) if (up) waiting.set(up, (waiting.get(up) ?? 0) + 1);
  const ready = targets.filter((el) => !waiting.has(el));
  for (let el = ready.pop(); el; el = ready.pop()) {
    const up = above.get(el);
    if (!up) continue;
    totals.set(up, (totals.get(up) ?? 0) + (totals.get(el) ?? 0));
    const left = (waiting.get(up) ?? 1) - 1;
    waiting.set(up, left);
    if (left === 0) ready.push(up);
  }
  return totals;
}

/**
 * The element that holds the article's main text, or null when the page has no
 * article. Marked-up bodies win (`articleBody`, `<article>`); else the element
 * that directly holds the most paragraph text. A body split into sibling blocks
 * (ads between them) is joined: the parent is returned, read with those blocks only.
 */
export function findArticleRoot(doc: Document): Element | null {
  return runAll(articleRootSteps(doc));
}

/** findArticleRoot in slices: `pauseIfDue` gives the thread back when a slice is spent (see slices.ts). */
export function readArticleRoot(doc: Document, pauseIfDue: () => Promise<void> | void): Promise<Element | null> {
  return runSliced(articleRootSteps(doc), pauseIfDue);
}

function* articleRootSteps(doc: Document): Steps<Element | null> {
  joinedBlocks.delete(doc);
  pageProse.delete(doc);
  const body = doc.body;
  if (!body) return null;
  const skip = memoSkip();
  const under = skippedBelow(body, skip);
  const found: Element[] = [];
  const containers = yield* proseContainers(body, under, found);
  const marked = found.filter((el) => !under(el));
  const sizes = yield* proseWithin(marked, containers);
  const best = largest(marked, (el) => sizes.get(el) ?? 0);
  const bestSize = best ? (sizes.get(best) ?? 0) : 0;
  if (best && bestSize >= MIN_ARTICLE) return joinSiblingBlocks(best, bestSize, containers, skip);
  const dense = largest([...containers.keys()], (el) => containers.get(el) ?? 0);
  if (!dense || (containers.get(dense) ?? 0) < MIN_ARTICLE) return null;
  const denseSize = (yield* proseWithin([dense], containers)).get(dense) ?? 0;
  return joinSiblingBlocks(dense, denseSize, containers, skip);
}

/**
 * The body and the sibling blocks that continue it (the lede in one box, the rest in the next, an ad
 * between): their parent when any sibling is body text, else the body alone. `size` is the paragraph
 * text under the body.
 */
function joinSiblingBlocks(
  root: Element,
  size: number,
  containers: Map<Element, number>,
  skip: (el: Element) => boolean,
): Element {
  const parent = root.parentElement;
  if (!parent || root === root.ownerDocument.body) return root;
  const isBodyBlock = (el: Element) => {
    // Another story's box is not this story's continuation.
    if (el.tagName.toUpperCase() === 'ARTICLE' || skip(el)) return false;
    const own = el.tagName.toUpperCase() === 'P' ? (el.textContent ?? '').trim().length : ownTextLength(el);
    if (own > JOIN_PARAGRAPH && linkShare(el) < JOIN_PARAGRAPH_LINKS) return true;
    let held = containers.get(el) ?? 0;
    for (const child of el.children) held += containers.get(child) ?? 0;
    return held >= JOIN_BOX_SHARE * size && held >= MIN_ARTICLE;
  };
  const children = [...parent.children];
  const blocks = children.map((el) => el === root || isBodyBlock(el));
  const first = blocks.indexOf(true);
  const last = blocks.lastIndexOf(true);
  if (first === last) return root;
  const chosen = new Set(
    children.filter((el, i) => blocks[i] || (i > first && i < last && JOINING_TAGS.test(el.tagName.toUpperCase()))),
  );
  joinedBlocks.set(root.ownerDocument, { parent, chosen });
  return parent;
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
