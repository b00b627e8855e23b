import type { Form } from './cues';
import { NUMBER_STARTS, startsWithNumberWord, wordValue } from './numbers';
import { isOrganisation, isTitle } from './speakers';
import { isCapitalized, startsLower, startsUpper, type Token } from './tokens';
import {
  AUXILIARIES,
  CHANGE_VERBS,
  CLAUSE_LINKS,
  DETERMINERS,
  isAdverb,
  isPluralNoun,
  PREPOSITIONS,
  QUANTIFIERS,
  WEEKDAYS,
} from './words';

// The cue rules, as data: which uses of a verb of saying are statements. cueAt (cues.ts) finds a verb of
// SPEECH_VERBS and runs CUE_RULES on it in their order; the first rule that returns null drops it (the word is no
// cue here), and rules that read more ("told reporters", "in a statement") move where the cue ends. Each rule has
// a real sentence that needs it; tests/unit/cue-rules.test.ts checks that each fires there (`extract --explain`
// prints the ids), and docs/rules-statements.md lists them (npm run --silent rules:statements).

/** A verb of saying being read: where it is, its neighbours, and where the cue ends so far. */
export interface CueDraft {
  tokens: Token[];
  i: number;
  base: string;
  form: Form;
  /** The word before, past any adverb ("the family said": not "family" read as an adverb), and its index. */
  prev: Token | undefined;
  p: number;
  prevLower: string;
  next: Token | undefined;
  /** Index after the cue read so far. */
  end: number;
  /** After what was said: ", she conceded", "” echoed Governor Wolf". */
  inverted: boolean;
}

export interface CueRule {
  id: string;
  /** The verbs (base forms) the rule reads; every verb when absent. */
  verbs?: string[];
  /** The forms the rule reads; every form when absent. */
  forms?: Form[];
  /** A real sentence that needs the rule, and where it is from. */
  example: string;
  source: string;
  /** null: no cue here; true: the rule read something (and may have moved `end`); false: it does not apply. */
  fires: (d: CueDraft) => boolean | null;
}

/** The draft cueAt gives the rules for the verb at tokens[i]. */
export function cueDraft(tokens: Token[], i: number, base: string, form: Form): CueDraft {
  let p = i - 1;
  while (p > 0 && (tokens[p] as Token).kind === 'word' && isAdverb(tokens[p] as Token)) p--;
  const prev = tokens[p];
  const prevLower = prev?.lower ?? '';
  // ("Continued Stone: “...”": a verb opening its sentence with a capital is inverted too; cueAt lets it through only
  // before a name and a quote.)
  const opening = i === 0 && startsUpper((tokens[0] as Token).text);
  return {
    tokens,
    i,
    base,
    form,
    prev,
    p,
    prevLower,
    next: tokens[i + 1],
    end: i + 1,
    inverted: opening || AFTER_SAID.has(prevLower),
  };
}

const AT = 'tests/unit/attributions.test.ts';
const AFTER_SAID = new Set([',', '”', '"', '’']);
const nextLower = (d: CueDraft, k = 1) => d.tokens[d.i + k]?.lower ?? '';
const atEnd = (d: CueDraft, k = 0) => d.tokens[d.end + k]?.lower ?? '';
const nounLike = (d: CueDraft) => NOUN_LIKE.has((d.tokens[d.i] as Token).lower);
const drop = (when: boolean): false | null => (when ? null : false);

const PERFECT = new Set(['has', 'have', 'had']);
const GERUND_LINKS = new Set([',', 'and', 'while', 'after', 'before', 'when', ':', '—', '–']);
const CALL_PARTICLES = new Set(['into', 'off', 'up', 'in', 'out', 'back']);
const NEGATIONS = new Set(['not', 'never']);
const ATTITUDES = /^(concerns?|doubts?|hope|regret|frustration|confidence|alarm)$/;

/**
 * "Officials say", "Experts warn", "they say": the present tense after a plural subject, or inverted after what was
 * said: "..., say investors and analysts".
 */
function pluralPresent(d: CueDraft): boolean {
  if (!PLURAL_PRESENT.has(d.base)) return false;
  // ("Even at best, they write, the transformation ..."; but "I write this because ..." writes a thing.)
  if (d.base === 'write' && !/^(that|,|:|“|")$/.test(nextLower(d))) return false;
  // ("FEC records from the 2008 presidential election cycle show": the records show, as finding-needs-evidence reads.)
  if ((d.base === 'show' || d.base === 'find') && evidenceBefore(d.tokens, d.p)) return true;
  const p = subjectEnd(d.tokens, d.p);
  if (pluralSubject(d.tokens, p) || pluralBeforeItsPlace(d.tokens, p) || pluralOtherwise(d.tokens, p)) return true;
  return /^[,”"]$/.test(d.prevLower) && pluralSubject(d.tokens, QUANTIFIERS.has(d.next?.lower ?? '') ? d.i + 2 : d.i + 1);
}

// Words between a plural subject and its verb: "Outside experts also say", "Clinton defenders today argue", "they
// all say".
const BETWEEN_SUBJECT_AND_VERB = new Set(['also', 'today', 'now', 'still', 'too', 'all', 'both', 'generally', 'often']);
// Words set off by commas between a subject and its verb: "The two lawmakers, however, argue".
const SUBJECT_ASIDES = new Set(['however', 'though', 'too', 'meanwhile', 'instead', 'also', 'in', 'turn']);

/**
 * Where the subject of the verb after tokens[p] ends: past words between them ("experts also say"), an aside
 * between commas ("Others, however, say"; "Cement makers, for instance, argue") or a share set off by commas, which
 * is the subject itself ("Just over a quarter, 26 percent, say").
 */
function subjectEnd(tokens: Token[], p: number): number {
  let q = p;
  while (q > 0 && BETWEEN_SUBJECT_AND_VERB.has((tokens[q] as Token).lower)) q--;
  if (tokens[q]?.text !== ',') return q;
  const before = tokens[q - 1]?.lower ?? '';
  if ((before === '%' || before === 'percent') && tokens[q - 2]?.kind === 'number') return q - 1;
  const open = before === 'instance' && tokens[q - 2]?.lower === 'for' ? q - 3 : SUBJECT_ASIDES.has(before) ? q - 2 : -1;
  return open > 0 && tokens[open]?.text === ',' ? open - 1 : q;
}

/**
 * A capitalised word before a noun-like "states", "claims" that can be its subject ("the report states"), but not a
 * capitalised compound adjective: "the most Democratic-leaning states in the country".
 */
function subjectBefore(d: CueDraft): boolean {
  const text = d.prev?.text ?? '';
  // ("in at least four Super Tuesday states, according to ...": a day's name before it makes it a noun.)
  return startsUpper(text) && !/-\p{Ll}+$/u.test(text) && !WEEKDAYS.has(d.prevLower);
}

/**
 * Plural subjects of other shapes, ending at tokens[p]: a count ("Six in 10 say", "majorities in all five say"),
 * two names ("Jeb Bush and Chris Christie say"), a relative after a plural or a name ("business leaders who say",
 * "those who say"), people described ("sources close to her campaign say", "people familiar with her thinking say").
 */
function pluralOtherwise(tokens: Token[], p: number): boolean {
  const t = tokens[p];
  if (t === undefined) return false;
  if (t.kind === 'number' || (t.kind === 'word' && startsLower(t.text) && wordValue(t.lower) !== null && t.lower !== 'one'))
    return true;
  // "those surveyed say", "Thirty-one percent of those polled say".
  if (tokens[p - 1]?.lower === 'those' && /ed$/.test(t.lower)) return true;
  if (t.lower === 'who') {
    const before = tokens[tokens[p - 1]?.text === ',' ? p - 2 : p - 1];
    return before !== undefined && (isPluralNoun(before.text) || before.lower === 'those' || twoNames(tokens, p - 2));
  }
  return (startsUpper(t.text) && twoNames(tokens, p)) || describedPeople(tokens, p);
}

/** True when "X and Y" ends at tokens[p], both capitalised: "Jeb Bush and Chris Christie", "Forbes and Wealth-X". */
function twoNames(tokens: Token[], p: number): boolean {
  for (let k = p - 1; k > Math.max(0, p - 4); k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'and') return startsUpper(tokens[k - 1]?.text ?? '') && k < p;
    if (t.kind !== 'word' || !startsUpper(t.text)) return false;
  }
  return false;
}

/** True when a plural noun, then "close to", "familiar with" or "briefed on" and a few words, end at tokens[p]. */
function describedPeople(tokens: Token[], p: number): boolean {
  for (let k = p - 1; k > Math.max(0, p - 7); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (DESCRIBED.has(t.lower)) return isPluralNoun(tokens[k - 1]?.text ?? '');
  }
  return false;
}
const DESCRIBED = new Set(['close', 'familiar', 'briefed']);

/** True when a quoted question closes just before the verb, past a short source: "“...?” Trump asked", "“...?” asks". */
function afterQuestion(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k > Math.max(0, i - 6); k--) {
    const t = tokens[k] as Token;
    if (/^([”"]|'')$/.test(t.text)) return tokens[k - 1]?.text === '?';
    if (t.kind !== 'word' && t.text !== '.') return false;
  }
  return false;
}

/**
 * "Aides to Clinton say", "protest organizers in Cleveland say": a plural noun, then a preposition and the name of a
 * place or person, ending at tokens[p].
 */
function pluralBeforeItsPlace(tokens: Token[], p: number): boolean {
  let k = p;
  while (k > p - 4 && k >= 0 && (startsUpper(tokens[k]?.text ?? '') || tokens[k]?.text === '.')) k--;
  if (k === p || !PLACE_LINKS.has(tokens[k]?.lower ?? '')) return false;
  const noun = tokens[k - 1];
  // (A capitalised plural only where a sentence or quote opens: "Aides to Clinton say"; "Democrats in Congress".)
  const opening = k - 1 === 0 || /^[“"(—–-]$/.test(tokens[k - 2]?.text ?? '');
  return noun !== undefined && noun.kind === 'word' && isPluralNoun(noun.text) && (startsLower(noun.text) || opening);
}
const PLACE_LINKS = new Set(['in', 'to', 'for', 'at', 'from']);

/** A colon or a quotation at tokens[k], or a comma and a quotation: "She continued, “For years ...”" (Breitbart). */
function quoteFollows(tokens: Token[], k: number): boolean {
  const at = tokens[k]?.text ?? '';
  return /^[:“"]$/.test(at) || (at === ',' && /^[“"]$/.test(tokens[k + 1]?.text ?? ''));
}

/** "is insisting that", "is telling a town hall in Salem that": after a form of "be", before "that", a colon or a quote. */
function progressive(d: CueDraft): boolean {
  if (!BE.has(d.prevLower)) return false;
  for (let k = d.i + 1; k < Math.min(d.tokens.length, d.i + 9); k++) {
    const t = d.tokens[k] as Token;
    if (t.lower === 'that' || t.text === ':' || /^[“"]$/.test(t.text)) return true;
    if (t.kind === 'punct' && t.text !== '.') return false;
  }
  return false;
}
export const BE = new Set(['is', 'are', 'was', 'were']);

/** After a noun-like "claims", "reports": a preposition, a relative, an auxiliary or a verb of change. */
function nounFollows(next: string): boolean {
  return NOUN_PREPOSITIONS.has(next) || RELATIVE_WORDS.has(next) || AUXILIARIES.has(next) || CHANGE_VERBS.has(next);
}

/**
 * "had estimated costs of £76.5m", "reported losses of $2 billion", a table's "Newly reported cases: 5,576": a
 * participle before its noun and figure.
 */
function participleOfFigure(d: CueDraft): boolean {
  // (The cheap test first: this reads every past form, "said" included.)
  return /^(of|:)$/.test(nextLower(d, 2)) && d.next !== undefined && isPluralNoun(d.next.text) && figureAt(d.tokens, d.i + 3);
}

// Forms that are also common nouns ("reports", "claims"): a cue only with a subject right before them.
const NOUN_LIKE = new Set(
  (
    'reports claims estimates calls notes states comments posts tweets highlights stresses promises pledges signals ' +
    'counters charges echoes demands protests remarks replies forecasts disputes hints vows warns cites repeats'
  ).split(' '),
);
// "told reporters", "said on Telegram", "said in a statement": the medium joins the cue.
const MEDIA = new Set(
  (
    'statement interview post video speech briefing address telegram x twitter facebook instagram television tv radio ' +
    'podcast broadcast release letter note message remarks op-ed column conference call tweet email blog filing report testimony ' +
    'media analysis assessment update'
  ).split(' '),
);
// Relatives after which a word like "states" is a noun: "the five U.S. states where".
const RELATIVE_WORDS = new Set(['where', 'which', 'who', 'whose', 'whom']);
// Prepositions after which a word like "claims" or "reports" is a noun.
const NOUN_PREPOSITIONS = new Set(['for', 'of', 'from', 'about', 'against', 'over', 'at', 'with', 'by', 'into', 'to']);
const REPORTED_ABOUT = new Set(['believe', 'say', 'report', 'estimate', 'allege', 'rumor', 'describe', 'predict', 'forecast']);
// Verbs whose plural present ("analysts say") is common in news and rarely anything but saying: "post", "charge",
// "report" and the like are left out ("Stocks post gains", "Banks charge fees").
const PLURAL_PRESENT = new Set(
  'say tell warn believe estimate argue insist predict suggest claim contend allege admit acknowledge concede explain caution maintain show find point note indicate write'.split(
    ' ',
  ),
);
// What finds and shows in news: a poll, a study, records ("A Morning Consult Poll found that ...", "FEC records show ...").
const EVIDENCE = new Set(
  (
    'poll polls polling survey surveys study studies report reports analysis analyses review records data figures ' +
    'filings documents statistics research audit investigation inquiry results numbers count tally census emails ' +
    'memo memos tests'
  ).split(' '),
);
/** True when a poll or a record is the subject ending at tokens[p]: "Exit polls taken in South Carolina found". */
function evidenceBefore(tokens: Token[], p: number): boolean {
  for (let k = p; k >= Math.max(0, p - 6); k--) {
    const t = tokens[k] as Token;
    if (EVIDENCE.has(t.lower)) return true;
    if (t.kind === 'punct' || AUXILIARIES.has(t.lower) || PRONOUNS.has(t.lower)) return false;
  }
  return false;
}
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'many', 'some', 'others', 'both', 'most', 'all']);
const MODALS = new Set(['did', 'does', 'do', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'not', 'never']);
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who', 'you']);

// Words an object of "added" may start with before its figure: "added a net total of 67,000 jobs".
const BEFORE_FIGURE = new Set(
  (
    'a an another the net total of some about nearly almost roughly around over more than just only paltry further ' +
    'additional seasonally adjusted estimated revised record whopping mere'
  ).split(' '),
);

// Verbs of saying with a common other sense in news: a cue only before "that", a quote or a colon, or after
// the statement ("..., he conceded.", "“...,” echoed Governor Wolf.").
// ("“...,” she continued.": "continued to fight" is no statement.)
const OTHER_SENSES = new Set([
  'concede',
  'charge',
  'counter',
  'maintain',
  'observe',
  'echo',
  'post',
  'repeat',
  'protest',
  'continue',
]);

function beforeStatement(tokens: Token[], from: number): boolean {
  let k = from;
  // "conceded on Monday that", "charged last week that".
  const lower = () => tokens[k]?.lower ?? '';
  while (k < from + 3 && (WHEN.has(lower()) || WEEKDAYS.has(lower()))) k++;
  const next = tokens[k];
  return next === undefined || /^(that|[.,;:!?“"])$/.test(next.lower);
}

const DECLARED_ACTS = new Set(
  'state war bankruptcy independence emergency disaster ceasefire truce holiday martial curfew'.split(' '),
);

/** True when a pronoun or name right before tokens[i] follows a closing quote: "“...,” she continued." */
function afterQuotedSpeaker(tokens: Token[], i: number): boolean {
  const before = tokens[i - 2];
  const subject = tokens[i - 1];
  return (
    before !== undefined &&
    /^[,”"’]$/.test(before.text) &&
    subject !== undefined &&
    (PRONOUNS.has(subject.lower) || startsUpper(subject.text))
  );
}

/** True when "called" at tokens[i] follows a common noun after its article: "a group called X". */
function namingParticiple(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  if (noun === undefined || noun.kind !== 'word' || !startsLower(noun.text) || PRONOUNS.has(noun.lower)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k] as Token;
    if (DETERMINERS.has(t.lower)) return true;
    if (t.kind !== 'word' || !startsLower(t.text)) return false;
  }
  return false;
}

/** True when a name alone follows "called" at tokens[from]: "the King Fire," (but "Putin a killer" has a label). */
function namedOnly(tokens: Token[], from: number): boolean {
  let k = tokens[from]?.lower === 'the' ? from + 1 : from;
  if (!isCapitalized(tokens[k])) return false;
  while (isCapitalized(tokens[k])) k++;
  const after = tokens[k];
  return after === undefined || /^[,.;:()]$/.test(after.text);
}

/** True when "as" or "that" follows in the clause from tokens[from]: "dismissed the report as fake". */
function labelledAs(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 10); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'as' || t.lower === 'that') return true;
    if (t.kind === 'punct' && !/^[“”"‘’-]$/.test(t.text)) return false;
  }
  return false;
}

const WHEN = new Set(['on', 'last', 'this', 'earlier', 'later', 'in', 'week', 'month', 'year']);
const ADDED_WHEN = new Set(['in', 'during', 'over', 'for', 'from', 'since', 'at', 'by', 'with']);

/**
 * True when tokens[i] can be the subject of a plural present: "officials", "police", "they"; but not a pronoun
 * right after a noun, which starts a relative clause: "the man they believe shot three officers".
 */
function pluralSubject(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // "Seventy-six percent say", "72% say".
  if (t?.text === '%' || t?.lower === 'percent') return true;
  if (t === undefined || t.kind !== 'word') return false;
  if (!PLURAL_PRONOUNS.has(t.lower)) return isPluralNoun(t.text);
  const before = tokens[i - 1];
  return before === undefined || before.kind !== 'word' || CLAUSE_LINKS.has(before.lower);
}

/**
 * True when "than" comes shortly before tokens[i] with a subject between ("than the Fed had predicted"), but not
 * a count of people ("more than half of voters said", "more than a dozen witnesses said": they are the source).
 */
function comparison(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.lower === 'of' || NUMBER_STARTS.has(t.lower) || startsWithNumberWord(t.lower)) return false;
    if (t.lower === 'than') return true;
  }
  return false;
}

/** True when a figure starts at tokens[i]: digits, a number word or a currency sign. */
function figureAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && (t.kind === 'number' || wordValue(t.lower) !== null || /^[$£€¥₹]$/.test(t.text));
}

/** "added 171,000 jobs", "added a paltry 54,000 workers", "added to", "added up": the sense of counting. */
function addsToCount(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  // "the bill adds too much to the federal deficit", "adds nothing".
  if (first && ['to', 'up', 'too', 'much', 'nothing', 'little'].includes(first.lower)) return true;
  // "the 107,000 companies added in the previous month": a time, and nothing said after it.
  if (first && ADDED_WHEN.has(first.lower)) {
    return !tokens.slice(from, from + 10).some((t) => t.lower === 'that' || t.text === ':' || /^[“"]$/.test(t.text));
  }
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k] as Token;
    if (figureAt(tokens, k)) return true;
    if (!BEFORE_FIGURE.has(t.lower)) return false;
  }
  return false;
}

/**
 * After "told", "informed": the person told. A name ("The Associated Press", "Mr. Hayes", "VOA") or a short
 * phrase ("reporters", "his national security council"); what follows it (a pronoun, a determiner, a verb) is
 * already what was said: "told reporters he expected", "told reporters the deal was done".
 */
function objectEnd(tokens: Token[], from: number): number {
  let k = from;
  if (tokens[k] && OBJECT_DETERMINERS.has((tokens[k] as Token).lower)) k++;
  const start = k;
  if (startsUpper(tokens[k]?.text ?? '') && tokens[k]?.kind === 'word') {
    // A name: capitalised words, "Mr." abbreviations and "of" between them.
    while (k < tokens.length && k - start < 6) {
      const t = tokens[k] as Token;
      const previous = tokens[k - 1] as Token;
      // ("told CBS News President Trump does not plan": a title after an organisation starts the next name.)
      if (k > start && isTitle(t) && isOrganisation(previous) && startsUpper(tokens[k + 1]?.text ?? '')) break;
      if (t.kind === 'word' && startsUpper(t.text) && !WEEKDAYS.has(t.lower)) k++;
      else if (t.text === '.' && previous.end === t.start && k > start && startsUpper(tokens[k + 1]?.text ?? '')) k++;
      else if ((t.lower === 'of' || t.text === '&') && startsUpper(tokens[k + 1]?.text ?? '') && k > start) k++;
      else break;
    }
    return k > start ? k : from;
  }
  while (k < tokens.length && k - start < 3) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || !startsLower(t.text) || OBJECT_BREAKS.has(t.lower)) break;
    k++;
  }
  if (k === start) return from;
  // "told host Kwaku Sakyi Addo", "told sit-in-host, Agya Owusu Ansah.": a role, then the name.
  const comma = tokens[k]?.text === ',' ? 1 : 0;
  let name = k + comma;
  const capitalised = (t: Token | undefined) => t?.kind === 'word' && startsUpper(t.text) && !WEEKDAYS.has(t.lower);
  while (name - k < 5 && capitalised(tokens[name])) name++;
  const named = name > k + comma && (comma === 0 || tokens[name] === undefined || /^[.,;]$/.test((tokens[name] as Token).text));
  return named ? name : k;
}

const OBJECT_DETERMINERS = new Set(['his', 'her', 'their', 'the', 'a', 'an', 'its', 'our']);
// Words that end the person told: prepositions and times of the cue, or the start of what was said.
const OBJECT_BREAKS = new Set([
  ...'that on in at during after before as about of last this earlier later while to for aboard outside inside'.split(' '),
  ...'he she it they we i you there the a an this these those his her their its our'.split(' '),
  ...AUXILIARIES,
  ...PREPOSITIONS,
]);

/** "on Telegram", "in a statement to VOA": a medium after the verb belongs to the cue. */
function mediumEnd(tokens: Token[], from: number): number {
  const prep = tokens[from]?.lower;
  if (prep !== 'on' && prep !== 'in') return from;
  for (let k = from + 1; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return from;
    if (MEDIA.has(t.lower)) {
      // "in a statement to VOA", "in a post to social media".
      if (tokens[k + 1]?.lower === 'to' && startsUpper(tokens[k + 2]?.text ?? '')) return k + 3;
      if (tokens[k + 1]?.lower === 'to' && MEDIA.has(tokens[k + 3]?.lower ?? '')) return k + 4;
      // "on the Telegram messaging app", "on Telegram messenger"; "in a statement on the Telegram app".
      let end = k + 1;
      while (end < k + 3 && MEDIUM_TAILS.has(tokens[end]?.lower ?? '')) end++;
      return mediumEnd(tokens, end);
    }
  }
  return from;
}

const MEDIUM_TAILS = new Set(['messaging', 'app', 'messenger', 'channel', 'account', 'page', 'platform', 'feed', 'website']);

/** The cue rules in their order of precedence (see cueAt). */
export const CUE_RULES: CueRule[] = [
  {
    id: 'comparison-not-cue',
    example:
      'Officials forecast they would raise their benchmark interest rate to around 4.4 percent by the end of the year, a full percentage point higher than they had predicted in June.',
    source: `${AT} (Reuters via Hera)`,
    fires: (d) => drop(comparison(d.tokens, d.i)),
  },
  {
    id: 'relative-clause-not-cue',
    example:
      'The Ukrainian military did not immediately respond to a request for comment from NBC News on the number of North Korean soldiers that Seoul’s spy agency said had been killed in combat.',
    source: `${AT} (NBC News)`,
    fires: (d) => drop(AUXILIARIES.has(nextLower(d))),
  },
  {
    id: 'plural-present-needs-subject',
    forms: ['base'],
    example:
      'HOUSTON (NewsNation Now) — Police arrested the man they believe shot three officers and fired at a SWAT team during a standoff, according to a tweet from the Houston Police department.',
    source: `${AT} (NewsNation)`,
    fires: (d) => drop(!MODALS.has(d.prevLower) && !pluralPresent(d)),
  },
  {
    id: 'third-after-determiner-not-cue',
    forms: ['third'],
    example: 'There are no reports of injuries or major damage.',
    source: '../shared/claims/compare-dev/articles/d10.txt',
    fires: (d) => drop(!d.prev || DETERMINERS.has(d.prevLower) || PREPOSITIONS.has(d.prevLower)),
  },
  {
    id: 'noun-after-possessive-not-cue',
    forms: ['third'],
    example:
      'On Ukrainian President Volodymyr Zelenskiy’s remarks that the number of North Korean troops stationed inside Russia could grow to 100,000, Lee cited the NIS as saying that although that is not confirmed, North Korea may send more troops.',
    source: `${AT} (Reuters)`,
    fires: (d) => drop(nounLike(d) && !!d.prev && d.prev.kind === 'word' && /['’]s?$/.test(d.prev.text)),
  },
  {
    id: 'noun-before-its-words-not-cue',
    forms: ['third'],
    example: 'Initial claims for state jobless benefits increased 1,000 to 427,000, the Labor Department said.',
    source: `${AT} (Reuters via Fox Business)`,
    fires: (d) => drop(nounLike(d) && nounFollows(nextLower(d))),
  },
  {
    id: 'noun-without-subject-not-cue',
    forms: ['third'],
    example:
      'The Obama administration’s first comments on the Israeli election came with a tough warning about some of the pre-election rhetoric from Netanyahu’s Likud party, which tried to rally right-wing support by saying that Arab Israeli voters were “coming out in droves.”',
    source: '../shared/pages/wapo-2',
    fires: (d) => drop(nounLike(d) && !(subjectBefore(d) || PRONOUNS.has(d.prevLower) || /^(that|:|“|")$/.test(nextLower(d)))),
  },
  {
    id: 'states-needs-what-is-stated',
    verbs: ['state'],
    forms: ['third'],
    example:
      "Back in 1988, Rust Belt states Indiana, Michigan, Ohio and Pennsylvania all supported Bush, but Democrats' strength grew in these states over the years, and Obama won all but Indiana in 2008.",
    source: 'PolNeAR train, wash-post_2016-09-07_five-key-trends-to-watch-ahead-o',
    // ("The report states that ...", "the document states: ..."): "states" is most often the noun.
    fires: (d) => drop(!/^(that|:|“|")$/.test(nextLower(d)) || figureAt(d.tokens, d.p)),
  },
  {
    id: 'past-passive-not-cue',
    forms: ['past'],
    example:
      'Authorities say the bodies of four adults have been found inside a home after a late-night fire was reported at the residence.',
    source: 'tests/corpus/excerpts/fireengineering-headlines.txt',
    // (A verb opening its sentence with a capital has its source after it: "Said Dorothy Poynter, ..., “...”".)
    fires: (d) =>
      drop((!d.prev && !d.inverted) || (AUXILIARIES.has(d.prevLower) && !PERFECT.has(d.prevLower)) || nextLower(d) === 'by'),
  },
  {
    id: 'contracted-passive-not-cue',
    forms: ['past'],
    example: "We're told there is security footage that cops are looking at that could catch the culprit right in the act.",
    source: '../shared/pages/tmz-1 (TMZ)',
    // "We're told", "I'm told": the contraction is of "are" or "am", so the verb is passive and its teller unnamed.
    fires: (d) => drop(/[’'](re|m)$/.test(d.prevLower)),
  },
  {
    id: 'past-adjective-not-cue',
    forms: ['past'],
    example: 'The alleged shooter is in police custody.',
    source: '../shared/claims/compare-dev/articles/d27.txt',
    fires: (d) =>
      drop(DETERMINERS.has(d.prevLower) || d.prev?.kind === 'number' || PREPOSITIONS.has(d.prevLower) || participleOfFigure(d)),
  },
  {
    id: 'pledged-delegates-not-cue',
    verbs: ['pledge'],
    forms: ['past'],
    example: 'The figures include pledged delegates and superdelegates.',
    source: 'PolNeAR train, huff-post_2016-06-09_clinton-and-sanders-aren-t-butti',
    // (Delegates bound to a candidate by the votes cast: "pledged" is their kind, nobody pledges anything.)
    fires: (d) => drop(/^delegates?$/.test(nextLower(d))),
  },
  {
    id: 'reported-about-subject-not-cue',
    forms: ['past'],
    verbs: [...REPORTED_ABOUT],
    example:
      'A TV screen shows an image of soldiers believed to be from North Korea stand in line to receive supplies from Russia during a news program at Seoul Railway Station in Seoul, Oct. 18, 2024.',
    source: '../shared/claims/articles/002.txt',
    fires: (d) => drop(nextLower(d) === 'to'),
  },
  {
    id: 'point-needs-out',
    verbs: ['point'],
    example: 'She pointed the gun at two unarmed security guards and ordered them to let her back in the building.',
    source: '../shared/claims/compare-dev/articles/d28.txt',
    // "Jeb Bush pointed out that since Peyton Manning was supporting him ...": only "point out" says.
    fires: (d) => {
      if (nextLower(d) !== 'out') return null;
      d.end = d.i + 2;
      return true;
    },
  },
  {
    id: 'gerund-needs-clause-link',
    forms: ['gerund'],
    example: 'The Red Sox have a club policy of not commenting on their negotiating stance with any free agents.',
    source: '../shared/claims/compare-dev/articles/d01.txt',
    // ("Trump is insisting that ...": the progressive says too, before what is said.)
    fires: (d) => drop(!d.prev || (!GERUND_LINKS.has(d.prevLower) && !progressive(d))),
  },
  {
    id: 'finding-needs-evidence',
    verbs: ['find', 'show'],
    example: 'Hiller walked to the third-floor mixing area and found four people in the break room.',
    source: '../shared/claims/compare-dev/articles/d28.txt',
    // "Exit polls taken in South Carolina found that ...", "FEC records ... show he backed ...": what a poll or a
    // record finds or shows is stated; a person finds and shows in other senses ("found four people").
    // ("Pew found that ...": a name before "found that" too.)
    fires: (d) => drop(!evidenceBefore(d.tokens, d.p) && !(nextLower(d) === 'that' && startsUpper(d.prev?.text ?? ''))),
  },
  {
    id: 'add-to-count-not-cue',
    verbs: ['add'],
    example: 'Though the jobless rate ticked up a notch, the economy added 171,000 jobs in October, well above expectations.',
    source: `${AT} (Korea Herald)`,
    fires: (d) => drop((d.form !== 'gerund' || figureAt(d.tokens, d.i + 1)) && addsToCount(d.tokens, d.i + 1)),
  },
  {
    id: 'asked-needs-that-or-question',
    verbs: ['ask'],
    example:
      "If you're more comfortable with Apple's conventional MacBook Pro design than the new variety, Apple will ask $1,099 for the base 13-inch version and $1,799 for a 15-inch version, with an upgraded 15-inch model going for $2,199.",
    source: '../shared/claims/compare-dev/articles/d41.txt',
    // ("“... Isn’t that sort of a bribe?” Trump asked.": a question quoted is what was asked.)
    fires: (d) => drop(!afterQuestion(d.tokens, d.i) && (d.form !== 'past' || nextLower(d) !== 'that')),
  },
  {
    id: 'told-whom',
    verbs: ['tell', 'inform', 'assure', 'remind'],
    example:
      '“[The police] have a hard time because there’s a lot of crime in the neighborhood,” a local barber told The New York Times.',
    source: '../shared/claims/compare-dev/articles/d32.txt',
    fires: (d) => {
      d.end = objectEnd(d.tokens, d.end);
      return d.end > d.i + 1;
    },
  },
  {
    id: 'call-phrasal-not-cue',
    verbs: ['call'],
    example: 'But a new report released on Monday by Stanford University calls that into question.',
    source: `${AT} (CNN page)`,
    fires: (d) =>
      drop(
        CALL_PARTICLES.has(atEnd(d)) ||
          d.tokens.slice(d.end, d.end + 4).some((t, k) => t.lower === 'into' && atEnd(d, k + 1) === 'question'),
      ),
  },
  {
    id: 'called-on',
    verbs: ['call'],
    example:
      'Ukrainian President Volodymyr Zelenskyy has called on Western allies to take decisive action as North Korean troops are reportedly being deployed in Russia to support its military operations against Ukraine.',
    source: '../shared/claims/articles/003.txt',
    fires: (d) => {
      if (atEnd(d) !== 'on') return false;
      d.end++;
      return true;
    },
  },
  {
    id: 'call-naming-not-cue',
    verbs: ['call'],
    example:
      'Further north, about 800 firefighters were working to battle a 2,500-acre (1,011.7-hectare) blaze called the King Fire, raging in El Dorado County.',
    source: `${AT} (Reuters via Lake County News)`,
    fires: (d) => drop((d.form === 'past' && namingParticiple(d.tokens, d.i)) || namedOnly(d.tokens, d.end)),
  },
  {
    id: 'declared-act-not-cue',
    verbs: ['declare'],
    example:
      'Western U.S. states are fighting raging wildfires as some states declared a state of emergency and communities face urgent evacuations.',
    source: `${AT} (Xinhua)`,
    fires: (d) => drop(DECLARED_ACTS.has(atEnd(d) === 'a' ? atEnd(d, 1) : atEnd(d))),
  },
  {
    id: 'expressed-attitude',
    verbs: ['express'],
    example: 'Henry had expressed concern about a contract of eight years or more.',
    source: '../shared/claims/compare-dev/articles/d03.txt',
    fires: (d) => {
      if (!ATTITUDES.test(atEnd(d))) return null;
      d.end++;
      return true;
    },
  },
  {
    id: 'medium',
    example: '"They told me they didn\'t know what I was talking about," Hiller said in her statement.',
    source: '../shared/claims/compare-dev/articles/d28.txt',
    fires: (d) => {
      const end = mediumEnd(d.tokens, d.end);
      if (end === d.end) return false;
      d.end = end;
      return true;
    },
  },
  {
    id: 'denied-without-content-not-cue',
    example: 'The defense did not call any witnesses.',
    source: '../shared/claims/compare-dev/articles/d28.txt',
    fires: (d) => drop(NEGATIONS.has(d.prevLower) || /n['’]t$/.test(d.prevLower) ? !/^(that|[:“"])$/.test(atEnd(d)) : false),
  },
  {
    id: 'other-sense-not-cue',
    verbs: [...OTHER_SENSES],
    example:
      'Cooper further added that they came back in the game after they conceded the goal and after that, they started penetrating into the box.',
    source: `${AT} (ISL match report)`,
    fires: (d) => drop(d.form !== 'gerund' && !d.inverted && !beforeStatement(d.tokens, d.end)),
  },
  {
    id: 'continue-needs-quote',
    verbs: ['continue'],
    example:
      'But to make sure the progress continues, the executive order that President Obama plans to sign on Friday, days before leaving office, will have a six-month review period.',
    source: '../shared/pages/nytimes-1',
    fires: (d) => drop(!d.inverted && !quoteFollows(d.tokens, d.end) && !afterQuotedSpeaker(d.tokens, d.i)),
  },
  {
    id: 'dismiss-needs-as',
    verbs: ['dismiss'],
    example:
      'On appeal by Nationwide News, the Full Federal Court dismissed the appeal and upheld the Federal Court’s damages award.',
    source: `${AT} (Stephens Lawyers)`,
    fires: (d) => drop(!d.inverted && !labelledAs(d.tokens, d.end)),
  },
];

/** The steps cueAt takes before CUE_RULES, reported by the same ids (see cueAt). */
export const CUE_STEPS: Array<Pick<CueRule, 'id' | 'example' | 'source'>> = [
  {
    id: 'according-to-a-rule',
    example:
      'Under the settlement, the respondents will pay $3m into a trust account, which will be administered and distributed according to a court-approved scheme.',
    source: `${AT} (The Lawyer Magazine)`,
  },
  {
    id: 'cue-go-on',
    example:
      '"And it’s a bit concerning to me because it would basically end all the kinds of health care we know, Medicare, Medicaid, the CHIP program, children’s health insurance, TRICARE for the National Guard, military, Affordable Care Act exchange policies, employer-based policies," she went on.',
    source: 'PolNeAR train, politico_2016-01-14_clinton-says-she-won-t-rule-out-',
  },
];
