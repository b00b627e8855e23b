import { isCapitalized, isWordCharAt, startsUpper, type Token, tokenize } from './tokens';
import { isSpeechVerb } from './cues';

/** A quotation: offsets of its marks; `close` is the paragraph's end when the quote runs on. */
export interface Quote {
  open: number;
  close: number;
  /** Offsets of the quoted words, marks excluded. */
  innerStart: number;
  innerEnd: number;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
  quotes: Quote[];
}

// A double mark typed as two grave accents opens; as two apostrophes, either (the tokenizer makes each one token).
const OPENERS = new Set(['“', '„', '«', '``']);
const CLOSERS = new Set(['”', '»']);
const AMBIGUOUS = new Set(['"', '‟', "''"]);

// Periods after these do not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen sens rep reps pres st jr sr no vs etc inc corp co ltd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est dept univ maj brig supt insp'
  ).split(' '),
);

const SPACE = /\s/;

/**
 * True when text[i] is white space as /\s/ reads it, or i is outside the text. By its code first: no one-character
 * string and no regular expression for ASCII (/\s/ was 0.6% of the extractor's instructions).
 */
function isSpaceAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i] as string);
}

/** True for the quotation marks: " “ ” „ ‟ « » ‘ ’, and '' and `` (tokens of two characters). */
function isQuoteMark(tok: Token, c: number): boolean {
  if (tok.end - tok.start === 2) return c === 39 || c === 96;
  return c === 34 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f && c !== 0x201a && c !== 0x201b);
}

/**
 * Quotations in one paragraph, paired by their marks, tolerant of straight and unbalanced marks. The marks are read
 * from the paragraph's tokens (the splitter has made them: no second walk over the text): each is a punctuation
 * token, but for the apostrophe inside a word ("Russia’s"), which a letter follows and so never opens or closes one.
 */
export function findQuotes(text: string, tokens: Token[], to: number): Quote[] {
  const quotes: Quote[] = [];
  let open: Token | null = null;
  for (const tok of tokens) {
    const i = tok.start;
    if (tok.kind !== 'punct' || !isQuoteMark(tok, text.charCodeAt(i))) continue;
    const mark = classifyMark(text, tok, open?.text === '‘');
    if (mark === null) continue;
    const ch = tok.text;
    if (open === null) {
      if (mark !== 'close' && ch !== '’') open = tok;
    } else if (open.text === '‘') {
      if (ch === '’') {
        quotes.push({ open: open.start, close: tok.end, innerStart: open.end, innerEnd: trimEnd(text, open.end, i) });
        open = null;
      }
    } else if (ch === '‘' || ch === '’') {
      // a quotation inside the quotation: part of it
    } else if (mark === 'open' && isSpaceAt(text, i - 1)) {
      open = tok; // the earlier mark was never closed: start again here
    } else {
      quotes.push({ open: open.start, close: tok.end, innerStart: open.end, innerEnd: trimEnd(text, open.end, i) });
      open = null;
    }
  }
  if (open) quotes.push({ open: open.start, close: to, innerStart: open.end, innerEnd: trimEnd(text, open.end, to) });
  return quotes;
}

function classifyMark(text: string, tok: Token, inSingle: boolean): 'open' | 'close' | 'either' | null {
  const i = tok.start;
  const ch = tok.text;
  if (OPENERS.has(ch)) return 'open';
  if (CLOSERS.has(ch)) return 'close';
  if (AMBIGUOUS.has(ch)) return 'either';
  // Single marks double as apostrophes: only one at a word's start opens, and one at a word's end closes.
  if (ch === '‘') return isSpaceAt(text, i - 1) || /[([—–-]/.test(text[i - 1] ?? '') ? 'open' : null;
  if (ch === '’' && inSingle && !isWordCharAt(text, i + 1)) return 'close';
  return null;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpaceAt(text, e - 1)) e--;
  return e;
}

/**
 * Paragraphs (split at line breaks) as [start, end) pairs without the spaces around them (what trim removes), blank
 * lines dropped. Offsets only: no string is made of a paragraph.
 */
export function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cr = text.indexOf('\r');
  for (let at = 0; at < text.length;) {
    if (cr >= 0 && cr < at) cr = text.indexOf('\r', at);
    const lf = text.indexOf('\n', at);
    const lineEnd = Math.min(lf < 0 ? text.length : lf, cr < 0 ? text.length : cr);
    let [start, end] = [at, lineEnd];
    while (start < end && isSpaceAt(text, start)) start++;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    if (end > start) out.push([start, end]);
    at = lineEnd + 1;
  }
  return out;
}

/**
 * Splits text into sentences. A quotation is kept whole, so a quote of several
 * sentences is one unit with the words that attribute it.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach(([pStart, pEnd], paragraph) => {
    const tokens = tokenize(text, pStart, pEnd);
    const quotes = findQuotes(text, tokens, pEnd);
    let first = 0;
    let q = 0;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      if (tok.kind !== 'punct' || !endsSentence(tokens, i)) continue;
      while (q < quotes.length && (quotes[q] as Quote).close <= tok.start) q++;
      const quote = quotes[q];
      // A stop right before the closing mark ends the quote's sentence too: "... left to be seen.” White House ...".
      const closesQuote = quote !== undefined && tokens[i + 1]?.end === quote.close;
      const insideQuote = quote !== undefined && quote.open < tok.start && tok.end < quote.close && !closesQuote;
      if (insideQuote) continue;
      // Closing marks and brackets after the stop belong to this sentence.
      let last = i;
      while (last + 1 < tokens.length && /^([”"’)\]»]|'')$/.test((tokens[last + 1] as Token).text) && adjacentTo(tokens, last))
        last++;
      const next = tokens[last + 1];
      if (next !== undefined && !startsSentence(next)) continue;
      // "“Isn’t that sort of a bribe?” Trump asked.": a question or exclamation quoted, then who asked it.
      if (closesQuote && tok.text !== '.' && attributionFollows(tokens, last + 1)) continue;
      out.push(makeSentence(tokens.slice(first, last + 1), paragraph, quotes, q));
      first = last + 1;
      i = last;
    }
    if (first < tokens.length) out.push(makeSentence(tokens.slice(first), paragraph, quotes, q));
  });
  return out;
}

/** True when a short source and a verb of saying start at tokens[from]: "Trump asked", "he said", "said Kirby". */
function attributionFollows(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' && t.text !== '.') return false;
    if (t.text === t.lower && isSpeechVerb(t.lower)) return true;
    if (k > from && t.text === t.lower && t.kind === 'word') return false;
  }
  return false;
}

function adjacentTo(tokens: Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** A sentence with the quotes that open in it; `from` is the first quote that may (quotes are in order). */
function makeSentence(tokens: Token[], paragraph: number, quotes: Quote[], from: number): Sentence {
  const start = (tokens[0] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  let a = Math.max(0, from - 1);
  while (a < quotes.length && (quotes[a] as Quote).open < start) a++;
  let b = a;
  while (b < quotes.length && (quotes[b] as Quote).open < end) b++;
  return { start, end, paragraph, tokens, quotes: quotes.slice(a, b) };
}

function endsSentence(tokens: Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (tok.text === '?' || tok.text === '!' || tok.text === '…') return true;
  if (tok.text !== '.') return false;
  const prev = tokens[i - 1];
  // "News.Az", "Amazon.com": a stop between two words with no space is part of a name ("magnitude-5.9" of a figure).
  const next = tokens[i + 1];
  if (prev?.end === tok.start && next?.start === tok.end && next.kind !== 'punct' && prev.kind === 'word') return false;
  if (prev === undefined || prev.end !== tok.start) return true;
  if (ABBREVIATIONS.has(prev.lower)) return false;
  // An initial ("John F. Kennedy").
  return !(prev.kind === 'word' && prev.text.length === 1 && startsUpper(prev.text));
}

function startsSentence(tok: Token): boolean {
  return isCapitalized(tok) || tok.kind === 'number' || /^([“"‘'([«$£€]|''|``)$/.test(tok.text);
}
