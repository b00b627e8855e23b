import { isSkipped, MAX_DEPTH } from './article';
import { runAll, runSliced, type Steps } from './slices';

/** A run of the article text that comes from one text node. */
interface Segment {
  node: Text;
  /** Offset of the run in the article text. */
  start: number;
  length: number;
  /** Offset of the run in its node: past the invisible marks left out before it. */
  from: number;
}

// Marks that show nothing but would split a word for the extractor ("Netan\u00adyahu"): left out of the text,
// so a node that holds them maps as several runs, each exact.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/** The runs of a node's text between invisible marks, with their offsets in the node. */
function visibleRuns(data: string): Array<{ from: number; text: string }> {
  if (!INVISIBLE.test(data)) return [{ from: 0, text: data }];
  const runs: Array<{ from: number; text: string }> = [];
  let from = 0;
  for (let i = 0; i <= data.length; i++) {
    if (i < data.length && !INVISIBLE.test(data[i] as string)) continue;
    if (i > from) runs.push({ from, text: data.slice(from, i) });
    from = i + 1;
  }
  return runs;
}

/** The article's text as one string, with a map back to the DOM text nodes. */
export interface TextMap {
  text: string;
  segments: Segment[];
  /** Index in `segments` of each mapped text node's first run. */
  segmentOf: Map<Text, number>;
  /** False when the walk stopped at a limit (characters or nodes): the text is the page's beginning. */
  complete: boolean;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'BR',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
]);

/**
 * Reads the text under root in document order. Inline elements (`<a>`, `<em>`)
 * join their neighbours; block elements are separated by a blank line, which
 * maps to no node. Line breaks inside a node become spaces, one for one, so that
 * every character of a node keeps its offset.
 */
export function buildTextMap(root: Node, skip: (el: Element) => boolean = isSkipped, maxChars = Infinity): TextMap {
  return runAll(mapSteps(root, skip, maxChars));
}

/**
 * The same map, read in slices: `pauseIfDue` gives the thread back when a slice is spent (see slices.ts),
 * so that a long page never holds the thread long, and stopped after `maxChars` characters (the last node
 * read in part), so that a huge one costs no more.
 */
export function readTextMap(
  root: Node,
  pauseIfDue: () => Promise<void> | void,
  skip: (el: Element) => boolean = isSkipped,
  maxChars = Infinity,
): Promise<TextMap> {
  return runSliced(mapSteps(root, skip, maxChars), pauseIfDue);
}

// Nodes visited between two chances to pause: whether to pause is decided by the time the slice has taken
// (a fixed count of 4,000 nodes took from 4 to over 15 ms, by what the nodes hold).
const NODES_PER_STEP = 64;
// Nodes visited at most, whatever their text: a page of a million empty elements is read no further.
const MAX_NODES = 200_000;

/** The walk behind both: depth first without recursion, yielding every NODES_PER_STEP nodes. */
function* mapSteps(root: Node, skip: (el: Element) => boolean, maxChars: number): Steps<TextMap> {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let complete = true;
  let needBreak = false;
  let visited = 0;
  // Each entry is a node to visit (with its depth below the root), or a block element being left (a break follows it).
  type Entry = { node: Node; leaving: boolean; depth: number };
  const stack: Entry[] = [{ node: root, leaving: false, depth: 0 }];
  while (stack.length > 0) {
    const { node, leaving, depth } = stack.pop() as Entry;
    if (leaving) {
      needBreak = true;
      continue;
    }
    if (++visited % NODES_PER_STEP === 0) yield;
    if (visited > MAX_NODES) {
      complete = false;
      break;
    }
    if (node.nodeType === 3) {
      const whole = (node as Text).data;
      if (whole.length === 0) continue;
      if (needBreak && /\S/.test(whole.slice(0, 1000))) {
        if (length > 0) {
          parts.push('\n\n');
          length += 2;
        }
        needBreak = false;
      }
      // Only as much of a node as the limit leaves: one 5 MB text node is read no further than it.
      const data = whole.length > maxChars - length ? whole.slice(0, Math.max(0, maxChars - length)) : whole;
      for (const run of visibleRuns(data)) {
        segments.push({ node: node as Text, start: length, length: run.text.length, from: run.from });
        parts.push(run.text.replace(/[\r\n\t\f\v]/g, ' '));
        length += run.text.length;
      }
      if (data.length < whole.length) {
        complete = false;
        break;
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    const el = node as Element;
    // Nothing nested deeper than MAX_DEPTH below the root is read (see article.ts): the text is then not
    // all of it, as at the other limits (the popup says so). Nor is what `skip` leaves out.
    if (node.nodeType === 1 && depth > MAX_DEPTH) {
      complete = false;
      continue;
    }
    if (node.nodeType === 1 && node !== root && skip(el)) continue;
    const block = node.nodeType === 1 && BLOCKS.has(el.tagName.toUpperCase());
    if (block) {
      needBreak = true;
      stack.push({ node, leaving: true, depth });
    }
    // Children go on the stack last first, so that the first is visited next.
    for (let child = node.lastChild; child; child = child.previousSibling)
      stack.push({ node: child, leaving: false, depth: depth + 1 });
  }
  const segmentOf = new Map<Text, number>();
  segments.forEach((s, i) => segmentOf.has(s.node) || segmentOf.set(s.node, i));
  return { text: parts.join(''), segments, segmentOf, complete };
}

/** The segment holding the character at offset (or ending there, when atEnd). */
function segmentAt(map: TextMap, offset: number, atEnd: boolean): Segment | undefined {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid] as Segment;
    if (atEnd ? offset <= s.start : offset < s.start) hi = mid - 1;
    else if (atEnd ? offset > s.start + s.length : offset >= s.start + s.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The DOM position of a text offset: a text node and an offset in it. */
export function offsetToPosition(map: TextMap, offset: number, atEnd = false): { node: Text; offset: number } | null {
  const seg = segmentAt(map, offset, atEnd);
  return seg ? { node: seg.node, offset: offset - seg.start + seg.from } : null;
}

/** A DOM Range over text offsets [start, end), or null when they fall outside the mapped text. */
export function textOffsetsToRange(map: TextMap, start: number, end: number, doc: Document = document): Range | null {
  const from = offsetToPosition(map, start);
  const to = offsetToPosition(map, end, true);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM position inside the mapped text, or null. */
export function positionToOffset(map: TextMap, node: Node, offset: number): number | null {
  let index = map.segmentOf.get(node as Text);
  if (index === undefined) return null;
  // The node's last run that starts at or before the offset (a node split by invisible marks has several).
  for (let next = map.segments[index + 1]; next?.node === node && next.from <= offset; next = map.segments[index + 1]) index++;
  const seg = map.segments[index] as Segment;
  return seg.start + Math.max(0, Math.min(offset - seg.from, seg.length));
}

/**
 * The text offset of a range boundary, also when the boundary sits between
 * elements (a selection that starts at a paragraph): the next mapped character.
 */
export function boundaryToOffset(map: TextMap, node: Node, offset: number, doc: Document = document): number | null {
  const direct = positionToOffset(map, node, offset);
  if (direct !== null) return direct;
  const point = doc.createRange();
  point.setStart(node, offset);
  for (const seg of map.segments) {
    // The first mapped text node at or after the boundary.
    if (point.comparePoint(seg.node, seg.node.length) >= 0 && point.comparePoint(seg.node, 0) >= 0) return seg.start;
  }
  return map.text.length;
}
