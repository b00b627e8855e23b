import { isAllUpper, isLetterAt, startsLower, startsUpper, type Token } from './tokens';
import { DETERMINERS, PREPOSITIONS } from './words';

const set = (words: string) => new Set(words.trim().split(/\s+/));

// Words that make a name phrase a title or role: "Defense Secretary", "Pentagon spokesman".
const TITLES = set(
  'president vice secretary minister spokesman spokeswoman spokesperson spokespeople governor mayor general gen chief ' +
    'director head official officials officer commander ambassador senator sen rep representative congressman ' +
    'congresswoman chairman chairwoman chair ceo leader premier chancellor king queen prince princess judge justice ' +
    'professor prof dr mr mrs ms adviser advisor analyst researcher correspondent editor lawyer attorney coach manager ' +
    'captain capt colonel col lt lieutenant sergeant sgt admiral adm marshal major deputy economist expert scientist ' +
    'author founder pope bishop archbishop rabbi imam sheikh emir sultan prosecutor investigator inspector ' +
    'superintendent sheriff commissioner councillor councilman councilwoman lawmaker legislator mp diplomat envoy ' +
    'negotiator activist executive aide consultant strategist historian pollster speaker whip treasurer attaché consul ' +
    'press secretary-general president-elect gov cmdr supt insp brig maj atty republican democrat member sens reps ' +
    'forecaster meteorologist ' +
    // Occupations written before a name as its description: "Georgia businessman Bruce LeVell", "New York City
    // Public Advocate Trish James", "Florida delegate John Archer", "New York Times columnist David Brooks".
    'businessman businesswoman delegate columnist commentator host anchor reporter writer organizer organiser ' +
    'operative surrogate advocate physician doctor pastor owner publisher producer candidate nominee challenger',
);
// Words that make a capitalised phrase an organisation rather than a person.
const ORGANISATIONS = set(
  'ministry department agency office council administration pentagon kremlin house forces force army navy police ' +
    'service services committee commission court government party bank fund union organization organisation ' +
    'association institute university foundation group company corporation corp inc ltd news times post journal ' +
    'network center centre bureau embassy command guard intelligence military parliament senate congress assembly ' +
    'cabinet authority authorities board federation alliance coalition movement front brigade battalion regiment ' +
    'division corps headquarters hospital school college channel radio media observatory monitor society league club ' +
    'team campaign secretariat directorate tribunal reserve exchange states nations republic kingdom state staff ' +
    'report study survey poll analysis assessment review management capital partners securities investments ' +
    'holdings economics herald tribune gazette chronicle telegraph guardian observer',
);
// Titles whose plural is as often a verb: "she heads the agency", "the city hosts", "he chairs the panel".
const VERB_TITLES = set('heads hosts chairs anchors advocates coaches judges presses majors generals chiefs whips reps sens');
const PARTICLES = set('bin ibn al el de da di du van von der den la le dos das del');
// Words that open a sentence or clause with a capital and are never part of a name: "Then Brafman noted",
// "When Clinton ...", "Inside the campaign".
export const OPENERS = set(
  'then when while if as but and so yet now still here there meanwhile later earlier instead indeed thus however ' +
    'inside outside after before since although because though once until unless whether where why how what also ' +
    'even only just perhaps maybe again today yesterday tonight',
);
// Verbs of saying that open a sentence before their source: "Stated Stone: “...”" names no "Stated Stone".
const OPENING_VERBS = set('said says stated added adds continued wrote asked noted explained recalled');
// Pronouns a source may be: resolved to someone named before.
export const PRONOUNS = set('he she they it we i who');
const POSSESSIVE_PRONOUNS = set('its their his her our');
// A generation after a surname ("Joseph R. Biden Jr.", "Martin Luther King Jr."): part of the name, not its surname.
// GENERATIONS reads it as a word of a collected name; GENERATION_AFTER as written after a surname, one pattern both
// for reading it in the text and for taking it off a full name.
const GENERATIONS = set('jr jr. sr sr. ii iii iv');
const GENERATION_AFTER = String.raw`,? (?:Jr|Sr)\.?| (?:II|III|IV)\b`;
const GENERATION_ENDING = new RegExp(`(?:${GENERATION_AFTER})$`);
const GENERATION_OPENING = new RegExp(`^(?:${GENERATION_AFTER})`);

/** The surname of a name of two or more words, lower-cased: its last word, or the one before a generation. */
function surnameKey(parts: string[]): string {
  const last = (parts[parts.length - 1] as string).toLowerCase();
  return GENERATIONS.has(last) && parts.length > 2 ? (parts[parts.length - 2] as string).toLowerCase() : last;
}

/** The name without its generation: "Joseph R. Biden Jr." → "Joseph R. Biden". */
export function withoutGeneration(name: string): string {
  return name.replace(GENERATION_ENDING, '');
}

/** The length of ", Jr." or " Jr." written at `at` after a surname, or 0. */
function generationAt(text: string, at: number): number {
  return GENERATION_OPENING.exec(text.slice(at, at + 6))?.[0].length ?? 0;
}

/** A source as written, split into the name and the role around it. */
export interface Source {
  text: string;
  name: string;
  role: string | null;
  /** A person's name (not an organisation, group or description). */
  person: boolean;
}

const isWord = (t: Token) => t.kind === 'word';
// "Ashraf al-Kidra", "Abdel Fattah el-Sisi": a name part may start with its particle (the hyphen is looked for
// first: this runs on every word).
const PARTICLE_NAME = /^(al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}/u;
const capital = (t: Token) => startsUpper(t.text) || (t.text.indexOf('-') > 1 && PARTICLE_NAME.test(t.text));
export const isTitle = (t: Token) =>
  TITLES.has(t.lower) ||
  ((t.lower.includes('-') || t.lower.endsWith('.')) && t.lower.split('-').some((part) => TITLES.has(part.replace(/\.$/, ''))));
export const isOrganisation = (t: Token) => ORGANISATIONS.has(t.lower) || isAllUpper(t.text, 2);
/** True when a word of a name makes it an organisation: "the ministry", "NATO". */
export const namesOrganisation = (name: string) =>
  name.split(/\s+/).some((w) => ORGANISATIONS.has(w.toLowerCase()) || isAllUpper(w, 2));

/**
 * True when a phrase can name a source: its lowercase words are only titles, organisations and joining words, or
 * words before a title that describe it ("Independent opposition councillor John Shuttleworth").
 */
export function looksLikeSource(tokens: Token[]): boolean {
  // "said his girlfriend", "said her mother": a relative or associate, with the possessive before.
  if (POSSESSIVE_PRONOUNS.has(tokens[0]?.lower ?? '') && tokens.length === 2 && KIN.has(tokens[1]?.lower ?? '')) return true;
  const lastTitle = tokens.findLastIndex(isTitleOrTitles);
  return tokens.every(
    (t, k) => !isWord(t) || k < lastTitle || capital(t) || isTitleOrTitles(t) || isOrganisation(t) || JOINERS.has(t.lower),
  );
}

/**
 * A title, or titles: "Other former CIA officers", "GOP strategists" name a source as "a CIA officer" does; not a
 * plural that is as often a verb ("she heads the agency"). (A phrase's name and role are split on singular titles.)
 */
const isTitleOrTitles = (t: Token) =>
  isTitle(t) || (t.lower.endsWith('s') && TITLES.has(t.lower.slice(0, -1)) && !VERB_TITLES.has(t.lower));
const JOINERS = set('the a an of for and');

/**
 * Splits a source phrase into role and name: "U.S. Defense Secretary Lloyd Austin" → role + "Lloyd Austin". The
 * shapes of SOURCE_SHAPES are tried in order; a phrase none of them reads is split by its trailing name.
 */
export function describeSource(text: string, tokens: Token[]): Source {
  for (const shape of SOURCE_SHAPES) {
    const source = shape.describe(text, tokens);
    if (source) return source;
  }
  return trailingName(text, tokens);
}

interface SourceShape {
  id: string;
  describe: (text: string, tokens: Token[]) => Source | null;
}

/** The shapes of a source phrase, in their order of precedence (see describeSource). */
const SOURCE_SHAPES: SourceShape[] = [
  { id: 'appositive', describe: appositive },
  { id: 'sentence-opener', describe: afterOpener },
  { id: 'name-of-place', describe: nameOfPlace },
  { id: 'possessive-pronoun', describe: possessivePronoun },
];

/** Appositive acronym or name: "Ukraine’s military intelligence agency, GUR"; "Name, description". */
function appositive(text: string, tokens: Token[]): Source | null {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma <= 0) return null;
  const before = tokens.slice(0, comma);
  const after = tokens.slice(comma + 1);
  // ("James Skea of Imperial College London": a name with where from is a name too.)
  const afterNamed =
    after.length > 0 && capital(after[0] as Token) && after.every((t) => capital(t) || t.text === '.' || t.lower === 'of');
  const base = tokens[0] as Token;
  const slice = (ts: Token[]) => text.slice((ts[0] as Token).start - base.start, (ts[ts.length - 1] as Token).end - base.start);
  if (afterNamed && before.length > 0) {
    const inner = describeSource(slice(after), after);
    // "the report’s co-chair, James Skea of Imperial College London": the description and where from.
    const role = inner.role?.startsWith('of ') ? `${slice(before)}, ${inner.role}` : (inner.role ?? slice(before));
    return { ...inner, text, role };
  }
  if (before.length > 0 && after.length > 0) {
    const inner = describeSource(slice(before), before);
    return { ...inner, text, role: [inner.role, slice(after)].filter(Boolean).join(', ') };
  }
  return null;
}

/** "Then Brafman": the sentence's opening word is not part of the name. */
function afterOpener(text: string, tokens: Token[]): Source | null {
  const opener = tokens.findIndex((t) => !OPENERS.has(t.lower) || !startsUpper(t.text));
  if (opener <= 0 || opener >= tokens.length) return null;
  const rest = tokens.slice(opener);
  return describeSource(text.slice((rest[0] as Token).start - (tokens[0] as Token).start), rest);
}

/**
 * "Gov. Ron DeSantis of Florida", "Commissioner Steven Banks of the Human Resources Administration": a person's
 * name, then where from.
 */
function nameOfPlace(text: string, tokens: Token[]): Source | null {
  const words = tokens.filter((t) => t.text !== ',');
  const of = words.findIndex((t) => t.lower === 'of');
  const place = words.slice(of + 1);
  if (of <= 1 || of >= words.length - 1) return null;
  if (!place.every((t, k) => (capital(t) || (k === 0 && t.lower === 'the')) && !isTitle(t))) return null;
  const before = words.slice(0, of);
  const base = (tokens[0] as Token).start;
  const inner = describeSource(text.slice(0, (before[before.length - 1] as Token).end - base), before);
  const from = text.slice((words[of] as Token).start - base);
  return inner.person ? { ...inner, text, role: inner.role ? `${inner.role} ${from}` : from } : null;
}

/** "her uncle David Alvarado": a relative or associate, then the name; "Its Ministry of Defence": no owner guessed. */
function possessivePronoun(text: string, tokens: Token[]): Source | null {
  const words = tokens.filter((t) => t.text !== ',');
  const first = words[0];
  if (!first || !POSSESSIVE_PRONOUNS.has(first.lower) || words.length < 2) return null;
  const rest = text.slice((words[1] as Token).start - first.start);
  const inner = describeSource(rest, words.slice(1));
  if (inner.person && inner.role) return { ...inner, role: `${first.text} ${inner.role}` };
  // "said his girlfriend": a relative unnamed is described by whose it is; it stays whole (and unresolved).
  if (words.length === 2 && KIN.has((words[1] as Token).lower)) return { text, name: text, role: null, person: false };
  return { text, name: rest, role: null, person: false };
}

/** The trailing run of capitalised words that are neither titles nor organisations is a person's name. */
function trailingName(text: string, tokens: Token[]): Source {
  const words = tokens.filter((t) => t.text !== ',');
  let k = words.length;
  while (k > 0) {
    const t = words[k - 1] as Token;
    const particle = PARTICLES.has(t.lower) && k < words.length;
    // "Lisa M. Madigan": an initial's stop inside the name.
    const initial = t.text === '.' && k < words.length && /^\p{Lu}$/u.test(words[k - 2]?.text ?? '');
    if (initial) {
      k--;
      continue;
    }
    if (!isWord(t) || (!capital(t) && !particle) || isTitle(t) || /['’]s$/.test(t.lower)) break;
    if (isOrganisation(t) && k === words.length && words.length > 1) break;
    // ("RNC Chief of Staff Katie Walsh": an organisation's word before the name ends it, when a name is read.)
    if (isOrganisation(t) && k < words.length && startsUpper(t.text) && !isAllUpper(t.text, 2)) break;
    k--;
  }
  const nameTokens = words.slice(k);
  const roleTokens = words.slice(0, k).filter((t) => t.text !== '.' || k > 0);
  const hasName = nameTokens.length > 0 && !nameTokens.some((t) => isOrganisation(t) && nameTokens.length > 1);
  const base = (tokens[0] as Token).start;
  const nameText = hasName ? text.slice((nameTokens[0] as Token).start - base) : text;
  if (hasName && roleTokens.length === 0) {
    const single = nameTokens.length === 1 && PRONOUNS.has((nameTokens[0] as Token).lower);
    return { text, name: nameText, role: null, person: !single && !isOrganisation(nameTokens[0] as Token) };
  }
  if (hasName && rolePrecedesName(roleTokens, nameTokens)) {
    const roleText = text
      .slice(0, (nameTokens[0] as Token).start - base)
      .trim()
      .replace(/,$/, '');
    return { text: nameText, name: nameText, role: roleText || null, person: true };
  }
  return { text, name: text, role: null, person: false };
}

/** True when the words before a name are its role: a title, a relative, an organisation's possessive. */
function rolePrecedesName(roleTokens: Token[], nameTokens: Token[]): boolean {
  const lastRole = roleTokens[roleTokens.length - 1];
  if (lastRole === undefined) return false;
  // "the Heritage Foundation's Robert Rector": an organisation's person, named after it. ("Iran's Red Crescent"
  // stays whole: a place's organisation looks the same as a person.)
  const possessive =
    /['’]s?$/.test(lastRole.text) &&
    roleTokens.some((t) => t.lower === 'the' || ORGANISATIONS.has(t.lower.replace(/['’]s?$/, '')));
  // ("a member of parliament Lee Seong-kweun": the title may come before the organisation it belongs to; but in
  // "a representative to the United Nations in New York" the name is a place.)
  const titled =
    roleTokens.some(isTitle) &&
    nameTokens.length > 1 &&
    startsLower(lastRole.text) &&
    !PREPOSITIONS.has(lastRole.lower) &&
    !DETERMINERS.has(lastRole.lower);
  // ("RNC Chief of Staff Katie Walsh": a title ending with the body it heads.)
  const titledBody = isOrganisation(lastRole) && roleTokens.some(isTitle) && nameTokens.length > 1;
  return isTitle(lastRole) || KIN.has(lastRole.lower) || lastRole.text === '.' || possessive || titled || titledBody;
}

// Relatives and associates named before a person: "her uncle David Alvarado", "his lawyer Jane Doe".
export const KIN = new Set(
  (
    'mother father son daughter wife husband brother sister uncle aunt cousin grandmother grandfather niece nephew ' +
    'partner friend neighbor neighbour lawyer attorney colleague boyfriend girlfriend stepfather stepmother'
  ).split(' '),
);

// How many earlier sources a pronoun or description may reach back to.
export const LOOK_BACK = 50;

/** A source named earlier, for resolving "Kirby", "she", "the ministry". */
export interface Known {
  name: string;
  role: string | null;
  person: boolean;
}

export const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-‐‑]/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * True when a role ends with a description ("the NATO secretary general"), and not as the object of a preposition:
 * the county council is not the person "in charge of Cambridgeshire County Council".
 */
export function describedBy(role: string, description: string): boolean {
  if (!role.endsWith(description)) return false;
  const before = role
    .slice(0, role.length - description.length)
    .trimEnd()
    .split(' ');
  return !before.some((w) => ROLE_PREPOSITIONS.has(w));
}
const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'from']);

/** The first "First Last" in the text that ends with this surname, if any. */
function fullNameIn(text: string, surname: string): string | undefined {
  return fullNamesIn(text, surname, 1)[0]?.name;
}

/**
 * Every "First Last" in the text that ends with this surname, with where it is written, up to `limit`: two
 * different ones are namesakes or relatives ("Jeb Bush", "George W. Bush").
 */
export function fullNamesIn(text: string, surname: string, limit = 20): Array<{ name: string; at: number }> {
  const found: Array<{ name: string; at: number }> = [];
  // indexOf finds the few places the surname occurs; the words just before it are read back from there.
  for (let at = text.indexOf(surname); at >= 0 && found.length < limit; at = text.indexOf(surname, at + 1)) {
    const after = at + surname.length;
    if (isLetterAt(text, after)) continue;
    const generation = generationAt(text, after);
    // "the Labor Department": the word goes on into a longer name, so it is no surname there.
    if (!generation && text.charCodeAt(after) === 32 && startsUpper(text[after + 1] ?? '')) continue;
    if (inTitleCaseLine(text, at)) continue;
    const words = capitalisedWordsBefore(text, at, Math.max(0, at - 60));
    // "Gov. Ralph Northam": the title before the name is left out; "The" starts no name.
    const first = words.slice(
      words.findLastIndex((w) => TITLES.has(w.toLowerCase().replace(/\.$/, '')) || DETERMINERS.has(w.toLowerCase())) + 1,
    );
    if (first.length > 0 && first.every((w) => !ORGANISATIONS.has(w.toLowerCase()) && !/['’]s$/.test(w))) {
      const name = `${first.join(' ')} ${surname}${text.slice(after, after + generation)}`;
      found.push({ name, at: at - first.join(' ').length - 1 });
    }
  }
  return found;
}

/**
 * The full name a surname has in the text ("Hawley" → "Josh Hawley"), or '' when it has none: from the names
 * collected, else found once in the text and kept. Each search reads the text, so a text with hundreds of names (no
 * article has them) stops searching.
 */
export function fullNameOf(surname: string, people: Map<string, string>, text: string): string {
  const key = surname.toLowerCase();
  let full = people.get(key);
  if (full === undefined) {
    full = people.size < MAX_PEOPLE ? (fullNameIn(text, surname) ?? '') : '';
    people.set(key, full);
  }
  return full;
}

/**
 * True when the line holding offset `at` is set in title case, as headlines and video titles are ("Hollande Says
 * Donald Trump Makes Everyone ..."): its capitals are no evidence of a name.
 */
export function inTitleCaseLine(text: string, at: number): boolean {
  // A headline is short: a line longer than HEADLINE_MAX is none, and so no line is read further than that.
  const from = Math.max(0, at - HEADLINE_MAX);
  const around = text.slice(from, at + HEADLINE_MAX);
  const start = around.lastIndexOf('\n', at - from) + 1;
  const end = around.indexOf('\n', at - from);
  if ((start === 0 && from > 0) || (end < 0 && from + around.length < text.length)) return false;
  const line = around.slice(start, end < 0 ? around.length : end);
  return line.length <= HEADLINE_MAX && isTitleCase(line);
}

const HEADLINE_MAX = 300;

/** True when four or more words of four letters or more all start with a capital. */
export function isTitleCase(line: string): boolean {
  // (Read lazily: most lines are prose, and their first long word in lower case settles it.)
  let long = 0;
  for (const m of line.matchAll(LONG_WORD)) {
    if (!startsUpper(m[0])) return false;
    long++;
  }
  return long >= 4;
}
const LONG_WORD = /[\p{L}’'-]{4,}/gu;

/** Up to three capitalised words, each followed by one space, that end at `end` and start at `floor` or after. */
function capitalisedWordsBefore(text: string, end: number, floor: number): string[] {
  const words: string[] = [];
  let at = end;
  while (words.length < 3 && at - 1 > floor && text.charCodeAt(at - 1) === 32) {
    let start = at - 1;
    while (start > floor && isNameChar(text, start - 1)) start--;
    const word = text.slice(start, at - 1).toLowerCase();
    if (start === at - 1 || !startsUpper(text[start] ?? '') || OPENERS.has(word) || OPENING_VERBS.has(word)) break;
    // "... the United States of America. Susan Collins": a word that ends a sentence starts no name (an initial,
    // "F.", does).
    if (text.charCodeAt(at - 2) === 46 && at - 1 - start > 2) break;
    words.unshift(text.slice(start, at - 1));
    at = start;
  }
  return words;
}

// Letters, apostrophes, dots and hyphens: "O’Neill", "J.D.", "Jean-Pierre".
function isNameChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2019 || c === 39 || c === 46 || c === 45 || isLetterAt(text, i);
}

// Past this many names known in a text, no fuller name is searched for (see resolveSource).
const MAX_PEOPLE = 500;

/**
 * Full names of people in the text, by surname: runs of two or more capitalised words after a title or as a
 * source. A Korean name, written family name first with a hyphenated given name, is also found by its family
 * name: "Lee" → "Lee Seong-kweun".
 */
export function collectPeople(names: string[]): Map<string, string> {
  const people = new Map<string, string>();
  const keep = (key: string, name: string) => {
    const known = people.get(key);
    if (!known || known.length < name.length) people.set(key, name);
  };
  const families: Array<[string, string]> = [];
  for (const name of names) {
    const parts = name.split(/\s+/);
    if (parts.length < 2) continue;
    keep(surnameKey(parts), name);
    if (parts.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1] as string))
      families.push([(parts[0] as string).toLowerCase(), name]);
  }
  // A surname written last ("John Lee") comes first.
  for (const [family, name] of families) if (!people.has(family)) people.set(family, name);
  return people;
}

/** The surnames two or more different people carry ("Jeb Bush", "George W. Bush"), with their full names. */
export function collectNamesakes(names: string[]): Map<string, string[]> {
  const bySurname = new Map<string, Set<string>>();
  for (const name of names) {
    const parts = name.split(/\s+/);
    if (parts.length < 2) continue;
    const key = surnameKey(parts);
    bySurname.set(key, (bySurname.get(key) ?? new Set()).add(name));
  }
  const namesakes = new Map<string, string[]>();
  for (const [key, set] of bySurname) {
    // "Donald Trump" and "Donald J. Trump" are one person: the first names must differ.
    const firsts = new Set([...set].map((n) => n.split(/\s+/)[0]));
    if (firsts.size > 1) namesakes.set(key, [...set]);
  }
  return namesakes;
}

/** Names that follow a title anywhere in the text: "Russian President Vladimir Putin" → "Vladimir Putin". */
export function titledNames(tokens: Token[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // ("spokesman Matthew Miller": a title in lower case too.) This runs on every token, so the cheap tests first:
    // a word, then a name or an abbreviation's stop after it.
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const next = tokens[i + 1];
    if (next === undefined || !(startsUpper(next.text) || next.text === '.')) continue;
    if (!TITLES.has(t.lower) && !(capital(t) && isTitle(t))) continue;
    // "Gov. Ralph Northam": an abbreviated title's stop.
    let k = tokens[i + 1]?.text === '.' && tokens[i + 1]?.start === (tokens[i] as Token).end ? i + 2 : i + 1;
    // "Republican Sens. Rand Paul (Ky.), Lisa Murkowski (Alaska), ... and Josh Hawley (Mo.)": a list of names after
    // one title, each perhaps with its state in brackets.
    for (let listed = 0; listed < 12; listed++) {
      const run: Token[] = [];
      for (; k < tokens.length && run.length < 4; k++) {
        const t = tokens[k] as Token;
        if (!isWord(t) || !capital(t) || isTitle(t) || isOrganisation(t) || /['’]s$/.test(t.lower)) break;
        run.push(t);
      }
      if (run.length < 2) break;
      names.push(run.map((t) => t.text).join(' '));
      if (tokens[k]?.text === '(') {
        const close = tokens.slice(k, k + 5).findIndex((t) => t.text === ')');
        if (close > 0) k += close + 1;
      }
      if (tokens[k]?.text === ',') k++;
      if (tokens[k]?.lower === 'and') k++;
      const following = tokens[k];
      if (following === undefined || !capital(following)) break;
    }
  }
  return names;
}
