import { MONTHS, WEEKDAYS } from '../claims/words';
import { singular } from './lexicon';
import { STOPWORDS } from './measures';

/**
 * What an article is about, as far as telling two reports of one event from
 * two events goes: the names it uses (people, organisations, places), the
 * date it gives for itself, and the weekdays it names.
 */
export interface Story {
  /** Proper names, lower-cased, with how often the article uses each. */
  names: Record<string, number>;
  /** The first full date the article gives ("Thursday, March 14, 2013"), or its publish date: yyyy-mm-dd. */
  date: string | null;
  /** The weekdays the article names, lower-cased. */
  weekdays: string[];
  /** Its distinctive figures as written ("4.4", "2.7", "4,051"): two reports of one event give the same ones. */
  figures: string[];
  /**
   * The second words the article writes after each capitalised first word ("macbook": ["pro", "air"]), lower-cased
   * and singular: where one first word takes several, each names a line of one product. Read once per article, so
   * that a figure read in its passage (the background) and in the whole article (the CLI) tell the same lines apart.
   */
  lines: Record<string, string[]>;
}

// Capitalised words (with inner capitals, dots and apostrophes: "McCain", "U.S.", "O'Neil"), in runs: "Kimani Gray".
const NAME_RUN = /\b[A-Z][\p{L}'’.-]*[\p{L}](?:\s+(?:of\s+|de\s+)?[A-Z][\p{L}'’.-]*[\p{L}])*/gu;
// Capitalised words that are not names even when written inside a sentence.
const NOT_NAMES = new Set(
  (
    "i i'm i’m i've mr mrs ms dr gov sen rep the a an he she it they we you his her its their our this that these those there here " +
    'but and or if when while as at in on of for by with from to after before since during about under over ' +
    'president police officials official minister chief director spokesman spokeswoman ' +
    // Generic words of names that many stories share: "Kansas City" and "Cuyahoga County", "Daily News" and "Anchorage Daily News".
    'city county state street avenue road lake bay river north south east west northern southern eastern western ' +
    'new daily news times post press associated herald journal tribune university department center centre national'
  ).split(' '),
);
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FULL_DATE = new RegExp(
  `\\b(${[...MONTHS].filter((m) => !m.endsWith('.')).join('|')})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`,
  'i',
);
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{2,4})\b/;
const MONTH_NUMBER = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1]),
);

/**
 * Reads a story's names and dates from an article's text (and its publish date, when the page gives one). `around`
 * is more of the page, read for its product lines only: the background is given the claims' sentences and the
 * sentence before each ("Like the new MacBook Air, they tout USB 3.0 ports." holds no figure but names a line).
 */
export function readStory(text: string, publishedAt: string | null = null, around = ''): Story {
  const lowerWords = new Set(text.match(/\b[a-z][\p{L}'’-]*/gu) ?? []);
  const names: Record<string, number> = {};
  // A capitalised word that opens a sentence or a title line is a name only if the text also capitalises it inside a sentence.
  const inner = new Set<string>();
  const titles = new Map<number, boolean>();
  const runs = [...text.matchAll(NAME_RUN)].map((m) => ({ run: m[0], opening: opensSentence(text, m.index, titles) }));
  for (const { run, opening } of runs) if (!opening) for (const w of run.split(/\s+/)) inner.add(bareWord(w));
  for (const { run, opening } of runs) {
    const all = run.split(/\s+/);
    const kept = opening ? all.filter((w) => inner.has(bareWord(w))) : all;
    // A headline's run with words left out is no name of several words: "Can EDS Remain Vendor-Neutral Under HP's".
    const parts = kept.length === all.length ? [kept.join(' ')] : kept;
    for (const part of parts) for (const name of namesIn(part, lowerWords)) names[name] = (names[name] ?? 0) + 1;
  }
  const weekdays = [...new Set((text.match(/\b[A-Z][a-z]+day\b/g) ?? []).map((w) => w.toLowerCase()))].filter((w) =>
    WEEKDAYS.has(w),
  );
  return {
    names,
    date: dateIn(text) ?? publishedAt?.slice(0, 10) ?? null,
    weekdays,
    figures: distinctiveFigures(text),
    lines: linesOf(`${text}\n\n${around}`),
  };
}

// Two capitalised words, overlapping: "The MacBook Air" gives "the macbook" and "macbook air". The name ends there: in
// "the Boston Red Sox" and "the Boston Herald", "Red" is no line of a Boston (a third capitalised word follows).
const LINE = /\b(\p{Lu}\p{L}*) (?=(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu}))/gu;

/** The capitalised word pairs of a text, first word (never a stop word) → its second words: "macbook" → pro, air. */
export function linePairs(text: string): Array<readonly [string, string]> {
  return [...text.matchAll(LINE)]
    .map(([, first = '', second = '']) => [first.toLowerCase(), singular(second.toLowerCase())] as const)
    .filter(([first]) => !STOPWORDS.has(first));
}

// Numbers with a decimal point or thousands separators: rarely the same in two stories by chance (unlike "two", "2012").
const DISTINCTIVE = /(?<![\d.,:])(?:\d+\.\d+|\d{1,3}(?:,\d{3})+)(?![\d.,:]\d)/g;

function distinctiveFigures(text: string): string[] {
  return [...new Set(text.match(DISTINCTIVE) ?? [])];
}

function linesOf(text: string): Record<string, string[]> {
  const lines: Record<string, string[]> = {};
  for (const [first, second] of linePairs(text)) {
    const seconds = (lines[first] ??= []);
    if (!seconds.includes(second)) seconds.push(second);
  }
  return lines;
}

const bareWord = (w: string) =>
  w
    .replace(/['’]s$/, '')
    .replace(/\.$/, '')
    .toLowerCase();

/** Whether `at` opens a sentence or a line: only space after a stop, a line break, or the text's start before it. */
function opensSentence(text: string, at: number, titles: Map<number, boolean>): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:[.!?]["”’)]?\s+|\n\s*|^\s*["“‘]?)$/.test(before) || isTitleLine(text, at, titles);
}

/**
 * Whether `at` is in a line of title case (a headline, a dateline), where every word is capitalised. Each line is
 * judged once (`titles`, by where it starts): a line of many names was read again for each (a page's claims are read
 * as one line each, reading the story of the bench's page of 46 claims spent half its time here).
 */
function isTitleLine(text: string, at: number, titles: Map<number, boolean>): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  let title = titles.get(start);
  if (title === undefined) {
    const end = text.indexOf('\n', at);
    const line = text.slice(start, end < 0 ? text.length : end);
    const words = line.match(/\b\p{L}+/gu) ?? [];
    const lower = words.filter((w) => /^\p{Ll}/u.test(w) && w.length > 3).length;
    titles.set(start, (title = words.length > 0 && !/[.!?]["”’]?\s*$/.test(line) && lower <= words.length / 4));
  }
  return title;
}

/**
 * The names in a run of capitalised words: the run itself and each word of it,
 * less words a text also writes in lower case ("Suspended Worker Kills" in a
 * headline are words; "Kraft" is a name) and words that are never names.
 */
function namesIn(run: string, lowerWords: Set<string>): string[] {
  const words = run.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  if (words.length === 0) return [];
  const isName = (w: string) => {
    const bare = w.replace(/['’]s$/, '').replace(/\.$/, '');
    const lower = bare.toLowerCase();
    return !NOT_NAMES.has(lower) && !lowerWords.has(lower) && !MONTHS.has(lower) && !WEEKDAYS.has(lower) && bare.length > 1;
  };
  const kept = words.filter(isName).map(bareWord);
  if (kept.length > 1) kept.push(kept.join(' '));
  return kept;
}

function dateIn(text: string): string | null {
  const full = FULL_DATE.exec(text);
  if (full) {
    const month = MONTH_NUMBER.get((full[1] as string).slice(0, 3).toLowerCase()) ?? 1;
    return isoDate(Number(full[3]), month, Number(full[2]));
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const year = Number(numeric[3]);
    return isoDate(year < 100 ? 2000 + year : year, Number(numeric[1]), Number(numeric[2]));
  }
  return null;
}

const isoDate = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

// Reports of one event, follow-ups and trials included, come out within months; a year apart they are two events.
const DAYS_APART = 365;
// Names two reports of one event share at least: one shared name (a city, a company, "Daily News") is common to many stories.
const SHARED_NAMES = 2;

/** One event (same), two events (different: their dates or days set them apart), or not known to be one (unknown). */
export interface StoryMatch {
  verdict: 'same' | 'different' | 'unknown';
  why: string;
  /** How many names the two share: the strongest links are followed first. */
  shared: number;
}

/**
 * Whether two articles report one event: they share names, and neither
 * their dates nor the weekdays they name set them apart (two quakes at The
 * Geysers, one on a Thursday and one on a Sunday, are two stories).
 */
export function sameStory(a: Story, b: Story): StoryMatch {
  // Names and distinctive figures: a short report of a quake names one place its other reports name, but gives the
  // same magnitude, depth and distance ("4.4", "2.7", "2.0").
  const shared = [...sharedNames(a, b), ...a.figures.filter((f) => b.figures.includes(f))];
  const few = shared.length < SHARED_NAMES;
  const conflict = storyConflict(a, b);
  if (conflict) return { verdict: 'different', why: conflict, shared: shared.length };
  if (few) return { verdict: 'unknown', why: `too few shared names (${shared.join(', ') || 'none'})`, shared: shared.length };
  return { verdict: 'same', why: `shares ${shared.slice(0, 4).join(', ')}`, shared: shared.length };
}

/**
 * What sets two articles apart in time, if anything: their own dates a year apart, or a dated report of a day's
 * event against an undated one of other days. The years a text names do not (reports name the years of earlier
 * events: "a quake in 2007"), nor weekdays alone (undated reports of a running story name the days of its turns):
 * measured on compare-dev, both rules split more reports of one story than they kept apart.
 */
function storyConflict(a: Story, b: Story): string | null {
  if (a.date && b.date) {
    const apart = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / 864e5;
    return apart > DAYS_APART ? `dated ${a.date} and ${b.date}` : null;
  }
  // A dated report that names its own date's weekday ("Thursday, March 14, 2013") tells of that day's event; an
  // undated one whose weekdays are all others ("on Sunday") tells of another event.
  const [dated, undated] = a.date ? [a, b] : [b, a];
  const day = dated.date ? WEEKDAY_NAMES[new Date(`${dated.date}T12:00:00Z`).getUTCDay()] : undefined;
  if (
    day &&
    dated.weekdays.includes(day) &&
    undated.weekdays.length > 0 &&
    !undated.weekdays.some((d) => dated.weekdays.includes(d))
  ) {
    return `${dated.date} (${day}) vs ${undated.weekdays.join('/')}`;
  }
  return null;
}

/** The names two stories share, a name of several words counted once ("San Francisco", not also "San" and "Francisco"). */
function sharedNames(a: Story, b: Story): string[] {
  const shared = Object.keys(a.names).filter((n) => n in b.names);
  const runs = shared.filter((n) => n.includes(' '));
  return shared.filter(
    (n) =>
      !runs.some((r) => r !== n && r.split(' ').includes(n)) && !(n.includes(' ') && runs.some((r) => r !== n && r.includes(n))),
  );
}
