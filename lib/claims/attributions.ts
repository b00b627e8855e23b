import { BE } from './cue-rules';
import { type Cue, cueAt, isSpeechVerb } from './cues';
import { wordValue } from './numbers';
import type { Quote, Sentence } from './segment';
import {
  collectNamesakes,
  collectPeople,
  describeSource,
  inTitleCaseLine,
  isTitle,
  type Known,
  LOOK_BACK,
  looksLikeSource,
  PRONOUNS,
  type Source,
  titledNames,
} from './speakers';
import { adjacent, isAllUpper, startsLower, startsUpper, type Token, tokenIndexAt } from './tokens';
import { type Gender, genderOf, resolveSpeaker, type SpeakerContext, TextFacts } from './speaker-rules';
import type { Attribution, AttributionType, Explain, Resolution } from './types';
import {
  CLAUSE_LINKS,
  DETERMINERS,
  IRREGULAR_PARTICIPLES,
  isAdverb,
  isPluralNoun,
  givenNameGender,
  MONTHS,
  PREPOSITIONS,
  QUANTIFIERS,
  WEEKDAYS,
} from './words';

const set = (words: string) => new Set(words.trim().split(/\s+/));

// Between a source and its verb: "Putin last week did not deny", "Officials ... also reported".
const BEFORE_CUE = set(
  'also had has have did does do not never would will could may might later previously earlier again repeatedly ' +
    'publicly privately separately quickly recently reportedly now today yesterday tonight last week month year ' +
    'night this on overnight late early morning afternoon evening already further officially initially subsequently ' +
    'flatly firmly strongly angrily reportedly then even still just once ultimately simply often always soon long',
);
// Words after a verb of saying that are not yet what was said: "said Thursday", "said late Friday".
const AFTER_CUE = set(
  'on last this late early earlier later today yesterday overnight week month year night morning afternoon evening again also',
);
// Words that end a source phrase read backwards from its verb.
const SOURCE_BREAKS = set(
  'that which whom whose what when where while because if as than so after before since though although whether how ' +
    'why but or nor is are was were be been being can must should shall there here said says told added',
);
const INTRODUCERS = set('asked when while as meanwhile earlier later separately speaking talking');
const ASIDES = set('however meanwhile too though instead also moreover furthermore nonetheless nevertheless then');
const RELATIVES = set('who which that');
const SUBORDINATORS = set('as while when because whereas although though');
const APPOSITIVE_STARTS = set('who whose which a an the one his her their');
const TIME_UNITS = set('minutes hours days weeks months years decades minute hour day week month year decade');
const TIME_LINKS = set('after before since ago later earlier into');
const TIME_LEADS = set('nearly almost about some just only more less over a an one two three four five six seven eight nine ten');
// Participles that start a role, not an aside: "X, acting director, said".
const ROLE_PARTICIPLES = set('acting retired leading ranking founding managing presiding serving elected');
// Prepositions that start what a statement was about ("to" too, before a noun: "responded to our consultation").
const ABOUT = set('on about at for with against over into');
// Words that show a reported clause has begun: a subject pronoun or a verb.
const CLAUSE_STARTS = set(
  'he she they it we i you there is are was were has have had will would could can may might must should do does did',
);
// Words before a "that" which opens what was said, within a clause already begun: "had information that".
const FRAMES = set(
  'evidence information indication indications sign signs proof intelligence reports belief view hope fear fears ' +
    'concern concerns impression understanding thought think thinks believed believes knew know felt feared hoped',
);
const REPORTED_FRAMES = set('reported understood believed thought alleged known said');
const POSSESSIVES = set('his her their');
const OPEN_MARKS = /^([“"‘„«]|''|``)$/;
const CLOSE_MARKS = /^([”"’»]|'')$/;

/**
 * True when tokens[k] closes a quotation: a closing mark, or an opening one typed in its place, after the quoted
 * words and before a space ("“It's unusual,“ said Larry Noble", Politico; the quote's pair is found the same way).
 */
function closesQuote(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  return CLOSE_MARKS.test(t.text) || (t.text === '“' && adjacent(tokens[k - 1], t) && !adjacent(t, tokens[k + 1]));
}

/** An attribution and the sentence it was found in. */
export interface Found {
  attribution: Attribution;
  sentence: number;
}

interface Raw {
  sentence: number;
  cue: Cue;
  /** The source as written, or null to share the previous cue's source ("..., adding"). */
  source: { text: string; tokens: Token[] } | null;
  type: AttributionType;
  contentStart: number;
  contentEnd: number;
  cueStart: number;
  cueEnd: number;
  /** A quote standing alone after an attributed quote, which continues it. */
  continued?: boolean;
}

/** Finds direct quotes, reported speech and "according to" attributions, with speakers resolved. */
export function findAttributions(text: string, sentences: Sentence[], explain?: Explain): Found[] {
  const raws: Raw[] = [];
  sentences.forEach((sentence, index) => {
    const before = raws.length;
    raws.push(...attributionsIn(sentence, index, explain, sentences[index + 1]));
    if (raws.length === before) {
      const follow = continuation(sentence, index, raws, sentences);
      if (follow) raws.push(follow);
    }
  });
  const found = resolve(text, raws, sentences, explain);
  if (explain)
    for (const { attribution: a } of found) explain({ rule: `cue-${a.type}`, start: a.cueStart, end: a.cueEnd, detail: a.cue });
  return found;
}

function attributionsIn(sentence: Sentence, index: number, explain: Explain | undefined, next?: Sentence): Raw[] {
  const tokens = sentence.tokens;
  const quotes = sentence.quotes;
  const quoteOf = (t: Token | undefined) => (t ? quoteAround(quotes, t.start) : undefined);

  const cues: Cue[] = [];
  let q = 0; // the first quote that does not close before tokens[i]: tokens and quotes are both in order
  for (let i = 0; i < tokens.length; i++) {
    const start = (tokens[i] as Token).start;
    while (q < quotes.length && (quotes[q] as Quote).close <= start) q++;
    if (q < quotes.length && (quotes[q] as Quote).open < start) continue; // a cue inside a quotation is quoted
    const cue = cueAt(tokens, i, explain);
    if (cue) {
      cues.push(cue);
      i = cue.end - 1;
    }
  }
  const out: Raw[] = [];
  const sources = sourcesOf(tokens, cues);
  // "Wealth-X keeps its own finances a secret but says ...": a verb sharing the subject of a clause that said
  // nothing has that subject for its source.
  // ("She rejected the claim, saying ...": a participle's too, else the person the sentence names, as speakerOf reads.)
  if (cues[0] && sources[0]?.inherit) {
    const subject = sentenceSubject(tokens, cues[0]);
    if (subject.phrase || cues[0].form !== 'gerund') sources[0] = subject;
  }
  cues.forEach((cue, k) => {
    // "citing sources" names the source's source: it only ends the content before it.
    if (cue.base === 'cite' && cue.form === 'gerund') return;
    const source = sources[k] as SourceSpan;
    const boundary = contentBoundary(tokens, cues, sources, k);
    // What was said before this cue starts after the cues before, except those inside this source's relative
    // clause ("the source, who said ..., told Reuters").
    const leading = source.first >= 0 ? source.first : cue.first;
    let prior = k - 1;
    while (prior >= 0 && (cues[prior] as Cue).end > leading) prior--;
    const regionStart =
      prior >= 0
        ? Math.max(contentBoundaryBefore(out, tokens, leading), (cues[prior] as Cue).end, (sources[prior] as SourceSpan).afterEnd)
        : 0;
    let made = contentFor(tokens, cue, source, boundary, regionStart, quoteOf);
    // "17-year-old Jared Potts echoed:" ending its paragraph, and the quote as the next: what was said is the quote.
    const quoted = made.length === 0 && !source.inherit ? quoteInNextParagraph(tokens, cue, source, sentence, next) : null;
    if (quoted) made = [quoted];
    const cueStart = (tokens[cue.first] as Token).start;
    const cueEnd = (tokens[cue.end - 1] as Token).end;
    if (explain && made.length > 0 && source.phrase) explainSource(explain, source);
    // (Its sentence is the quote's, so that the quote is not read again as one continuing it.)
    const at = quoted ? index + 1 : index;
    for (const m of made) out.push({ sentence: at, cue, cueStart, cueEnd, source: source.inherit ? null : source.phrase, ...m });
  });
  return out;
}

/** The quotation that is the whole next paragraph, when a cue and a colon end this one ("... echoed:"), else null. */
function quoteInNextParagraph(
  tokens: Token[],
  cue: Cue,
  source: SourceSpan,
  sentence: Sentence,
  next?: Sentence,
): Content | null {
  const after = source.afterEnd >= 0 ? source.afterEnd : cue.end;
  if (tokens[after]?.text !== ':' || after !== tokens.length - 1 || next?.paragraph !== sentence.paragraph + 1) return null;
  const q = next.quotes[0];
  const first = next.tokens[0];
  if (!q || first?.start !== q.open || next.tokens.some((t) => t.start >= q.close && t.kind !== 'punct')) return null;
  return { type: 'direct', contentStart: q.innerStart, contentEnd: q.innerEnd };
}

/**
 * The source of each cue, in order; a cue whose source opens what the cue before said ("the Met Office said it
 * believed there was ...", "Yun said their scenario analysis suggests ...") is part of it, and is dropped from `cues`.
 */
function sourcesOf(tokens: Token[], cues: Cue[]): SourceSpan[] {
  // (A plain loop: a map's callback here was deoptimised, "wrong map", on every sentence.)
  const sources: SourceSpan[] = [];
  for (let k = 0; k < cues.length; k++) sources.push(sourceOf(tokens, cues[k] as Cue));
  for (let k = cues.length - 1; k > 0; k--) {
    const said = cues[k - 1] as Cue;
    const opens = tokens[said.end]?.lower === 'that' ? said.end + 1 : said.end;
    if ((sources[k] as SourceSpan).first === opens && said.form !== 'according' && said.form !== 'gerund') {
      cues.splice(k, 1);
      sources.splice(k, 1);
    }
  }
  return sources;
}

function explainSource(explain: Explain, source: SourceSpan): void {
  const words = source.phrase?.tokens ?? [];
  const first = words[0];
  const last = words[words.length - 1];
  if (first && last) explain({ rule: source.rule, start: first.start, end: last.end });
}

interface SourceSpan {
  phrase: { text: string; tokens: Token[] } | null;
  inherit: boolean;
  /** First token of the source before the cue, or -1. */
  first: number;
  /** The source follows the cue ("said researcher Olena Guseinova", "according to X"): index after it. */
  afterEnd: number;
  /** The source rule that read it, for `extract --explain` (SOURCE_RULES lists them in docs). */
  rule: string;
}

function phrase(tokens: Token[], from: number, to: number): { text: string; tokens: Token[] } | null {
  const slice = tokens.slice(from, to);
  if (slice.length === 0) return null;
  return { text: '', tokens: slice };
}

const NONE: SourceSpan = { phrase: null, inherit: false, first: -1, afterEnd: -1, rule: 'source-none' };

/** Where the source of a cue is written: after it ("according to X", "said Kirby"), before it, or shared with the cue before. */
function sourceOf(tokens: Token[], cue: Cue): SourceSpan {
  if (cue.form === 'according') return accordingSource(tokens, cue);
  // ("Trump is insisting that": the progressive has its own subject.)
  if (cue.form === 'gerund' && !BE.has(tokens[cue.first - 1]?.lower ?? ''))
    return { ...NONE, rule: 'source-shared-with-cue-before', inherit: true };
  if (cue.first === 0 && startsUpper((tokens[0] as Token).text)) return openingSource(tokens, cue);
  return invertedSource(tokens, cue) ?? sourceBefore(tokens, cue);
}

/**
 * The source after a verb opening its sentence: "Said Dorothy Poynter, who grew up with Ali in the neighborhood,
 * “...”", "Stated Stone: “...”" (cueAt lets such a verb through only before a name and a quote); `afterEnd` is the
 * colon or comma before the quote.
 */
function openingSource(tokens: Token[], cue: Cue): SourceSpan {
  const end = phraseForward(tokens, cue.end);
  if (end <= cue.end || !looksLikeSource(tokens.slice(cue.end, end))) return NONE;
  let before = end;
  while (
    before < tokens.length - 1 &&
    !(/^[,:]$/.test((tokens[before] as Token).text) && OPEN_MARKS.test((tokens[before + 1] as Token).text))
  )
    before++;
  return { ...NONE, rule: 'source-opening-inverted', phrase: phrase(tokens, cue.end, end), afterEnd: before };
}

/** The source after "according to": "According to computer models from the USGS, ...". */
function accordingSource(tokens: Token[], cue: Cue): SourceSpan {
  let end = phraseForward(tokens, cue.end);
  // "According to computer models from the USGS, up to ...": opening the sentence, the source runs to its comma.
  // ("According to statistics published by the California Department of Forestry and Fire Protection (Cal Fire),":
  // brackets and a participle too.)
  if (cue.first === 0 && end > cue.end) {
    let comma = end;
    while (comma < cue.end + 20 && (tokens[comma]?.kind === 'word' || /^[()]$/.test(tokens[comma]?.text ?? ''))) comma++;
    if (tokens[comma]?.text === ',') end = comma;
  }
  // "According to Mahir Rasheed, U.S. economist at Oxford Economics, ...": the description is the source's too.
  end = Math.max(end, roleAfter(tokens, end));
  // "according to a Monday update from the General Staff ...": the source is who the report is from.
  let start = cue.end;
  // ("statistics published by the California Department ...": who published them.)
  for (let j = cue.end + 1; j < end; j++) {
    const before = tokens[j - 1]?.lower ?? '';
    if (tokens[j]?.lower === 'from' && REPORTS.has(before)) start = j + 1;
    if (tokens[j]?.lower === 'by' && j - 1 > cue.end && isParticiple(tokens[j - 1] as Token)) start = j + 1;
  }
  return end > start ? { ...NONE, rule: 'source-according-to', phrase: phrase(tokens, start, end), afterEnd: end } : NONE;
}

/** The source after an inverted cue: "“...,” said Kirby", "..., say investors and analysts", or null. */
function invertedSource(tokens: Token[], cue: Cue): SourceSpan | null {
  const prev = tokens[cue.first - 1];
  // Inverted: "“...,” said Kirby", "“...,” says Jane Smith", "..., say investors and analysts", "..., said
  // researcher Olena Guseinova in a study".
  // (cueAt lets a plural present such as "say" through here only before a plural noun.)
  const plural = cue.form === 'base';
  const named = tokens[cue.end];
  // ("said head coach Darvin Ham": a title in lower case starts a name too.)
  // ("..., say many studies": a quantifier before the plural.)
  const counted = plural && QUANTIFIERS.has(named?.lower ?? '') ? tokens[cue.end + 1] : named;
  // After a quotation, "said" is followed by who said it: "“...,” said one unaligned Florida Republican strategist".
  // (The quotation ends its clause: "“...,” said"; but "Trump’s “big beautiful wall” said a lot" is no statement.)
  const quoted = prev !== undefined && closesQuote(tokens, cue.first - 1) && /^[,?!—–]$/.test(tokens[cue.first - 2]?.text ?? '');
  // ("..., said one GOP source in the room.": after a comma too, a person counted is described, not named.)
  // (But "..., said many of the examples that ..." is what was said.)
  const afterCount = tokens[cue.end + 1];
  const countedPerson = UNNAMED_SOURCES.has(named?.lower ?? '') && afterCount?.kind === 'word' && afterCount.lower !== 'of';
  const described = quoted || countedPerson;
  const nameFirst =
    startsName(named) ||
    countedPerson ||
    // ("“...,” said conservative activist Bob Klaus": a description in lower case before the name.)
    (quoted && describedThenNamed(tokens, cue.end)) ||
    (named !== undefined && (isTitle(named) || POSSESSIVES.has(named.lower) || (plural && isPluralNoun(counted?.text ?? ''))));
  if (prev && (prev.text === ',' || quoted) && nameFirst) {
    const end = described ? describedEnd(tokens, cue.end) : phraseForward(tokens, cue.end);
    // "said Sen. Chris Murphy (D-Conn.).": the party and state in brackets are an aside of the name.
    const bracket = partyBracketEnd(tokens, end);
    const after = bracket > 0 ? bracket : end;
    // (After a quotation, what follows its source is not what was said: "said a GOP data expert who has worked ...".)
    // (With no quotation, a person counted ends the sentence, but for where they were: "said one GOP source in the
    // room."; "said many factors could explain ..." is what was said.)
    const tail =
      quoted ||
      (countedPerson && placeToEnd(tokens, after)) ||
      trivialTail(tokens, after, tokens.length) ||
      describedAfter(tokens, after);
    const words = tokens.slice(cue.end, end);
    if (end > cue.end && (plural || looksLikeSource(words) || (described && describedPerson(words))) && tail) {
      if (bracket > 0) return { ...NONE, rule: 'source-inverted-party', phrase: phrase(tokens, cue.end, end), afterEnd: after };
      // "said Gary Bradshaw, a fund manager at Hodges Capital Management, who ...": the description is the role.
      const last = Math.max(end, roleAfter(tokens, end));
      return { ...NONE, rule: 'source-inverted', phrase: phrase(tokens, cue.end, last), afterEnd: last };
    }
  }
  return null;
}

// Words that open an unnamed source after a quotation: "said one former senior agency official".
const UNNAMED_SOURCES = set('one another two three several some many');

/** True when nothing but a place ends the sentence from tokens[from]: "in the room.", "at the rally on Tuesday." */
function placeToEnd(tokens: Token[], from: number): boolean {
  if (!PREPOSITIONS.has(tokens[from]?.lower ?? '') || tokens.length - from > 10) return false;
  for (let k = from + 1; k < tokens.length - 1; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' || CLAUSE_STARTS.has(t.lower) || RELATIVES.has(t.lower) || cueLike(t)) return false;
  }
  return tokens[tokens.length - 1]?.text === '.';
}

/**
 * A description in lower case, then a name, at tokens[from]: "conservative activist Bob Klaus", "retired Army Lt.
 * Gen. Mick Bednarek", "master of ceremonies Asab Al-Tabchi"; not a place or time ("in an interview with").
 */
function describedThenNamed(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (startsUpper(t.text)) return k > from;
    if (
      (k === from && PREPOSITIONS.has(t.lower)) ||
      AFTER_CUE.has(t.lower) ||
      SOURCE_BREAKS.has(t.lower) ||
      PRONOUNS.has(t.lower)
    )
      return false;
  }
  return false;
}

/**
 * The end of a source after a quotation and its cue: "one unaligned Florida Republican strategist", "a 2008 Clinton
 * veteran"; a relative clause, a participle, a preposition or a time ends it ("a longtime GOP data expert who has
 * worked for").
 */
function describedEnd(tokens: Token[], from: number): number {
  // ("a man wearing ski goggles and a dark blue jacket": what he wears is no part of who he is.)
  const ends = (t: Token) =>
    RELATIVES.has(t.lower) || t.lower === 'whose' || WEEKDAYS.has(t.lower) || AFTER_CUE.has(t.lower) || /.ing$/.test(t.text);
  const end = phraseForward(tokens, from);
  for (let k = from; k < end; k++) if (ends(tokens[k] as Token)) return k;
  let k = end;
  for (; k < tokens.length && k - from < 12; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' || PREPOSITIONS.has(t.lower) || SOURCE_BREAKS.has(t.lower) || ends(t)) break;
  }
  return k;
}

/**
 * After a quotation, a person described in words of any kind: "a 2008 Clinton veteran", "one unaligned Florida
 * Republican strategist", "election lawyer Joe Birkenstock" (a determiner first, or a name last).
 */
function describedPerson(words: Token[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined || words.some((t) => PRONOUNS.has(t.lower))) return false;
  return DETERMINERS.has(first.lower) || UNNAMED_SOURCES.has(first.lower) || (words.length > 1 && startsUpper(last.text));
}

/** The source before the cue: "Kirby said", "Serhii Popko, head of the ..., said", "General Syrskyi, who described". */
function sourceBefore(tokens: Token[], cue: Cue): SourceSpan {
  // ("Ryan also is stressing": the progressive's "is" too.)
  let k = cue.form === 'gerund' ? cue.first - 2 : cue.first - 1;
  // ("she explicitly stated", "The official additionally indicated": any adverb.)
  while (
    k >= 0 &&
    (BEFORE_CUE.has((tokens[k] as Token).lower) || WEEKDAYS.has((tokens[k] as Token).lower) || isAdverb(tokens[k] as Token))
  )
    k--;
  // ("a trio of PACs have in fact reported": an aside of two words.)
  if (twoWordAside(tokens, k)) {
    k -= 2;
    while (k >= 0 && BEFORE_CUE.has((tokens[k] as Token).lower)) k--;
  }
  // "Justice Macauley is reported to have said": the one reported is the source.
  if (
    tokens[k]?.lower === 'to' &&
    REPORTED_FRAMES.has(tokens[k - 1]?.lower ?? '') &&
    /^(is|was|are|were)$/.test(tokens[k - 2]?.lower ?? '')
  )
    k -= 3;
  // "Sen. Marco Rubio (R-Fla.) said": the party and state in brackets are an aside of the name.
  const bracket = partyBracketStart(tokens, k);
  if (bracket > 0) k = bracket - 1;
  const at = tokens[k];
  if (at === undefined) return NONE;
  if (at.lower === 'and' || at.lower === 'but') return { ...NONE, rule: 'source-shared-with-cue-before', inherit: true };
  if (at.lower === 'who') {
    // "General Oleksandr Syrskyi, who described", "an Israeli prime minister who pledged".
    const end = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    const start = phraseBack(tokens, end);
    return start <= end ? { ...NONE, rule: 'source-who-before', phrase: phrase(tokens, start, end + 1), first: start } : NONE;
  }
  if (at.text === ',') return sourceBeforeComma(tokens, k);
  const start = phraseBack(tokens, k);
  // "Askar has released proof-of-concept attack code he said": a phrase with a verb in it is no source; "the
  // emissions reduction target it pledged to reach": a pronoun after a noun opens a relative clause.
  if (start > k || verbBefore(tokens, start) || relativePronoun(tokens, start, k)) return NONE;
  // "“...,” Nicola Maxey, a spokesperson for the Met Office told The Independent": a description with its closing
  // comma left out, after the name it describes.
  if (['a', 'an', 'the'].includes(tokens[start]?.lower ?? '') && tokens[start - 1]?.text === ',') {
    const name = phraseBack(tokens, start - 2);
    const opener = tokens[name - 1];
    if (name < start - 1 && startsUpper(tokens[name]?.text ?? '') && opener !== undefined && CLOSE_MARKS.test(opener.text))
      return { ...NONE, rule: 'source-name-before-quote-description', phrase: phrase(tokens, name, k + 1), first: name };
  }
  return { ...NONE, rule: 'source-before', phrase: phrase(tokens, start, k + 1), first: start };
}

/**
 * Past the small words of a name: "The Organisation for Security and Co-operation in Europe" read from "The
 * Organisation" (ending at `end`); `end` when what follows is no name.
 */
function nameEnd(tokens: Token[], start: number, end: number): number {
  let k = end;
  while (NAME_JOINERS.has(tokens[k]?.lower ?? '') && startsUpper(tokens[k + 1]?.text ?? '') && k > start) {
    k += 2;
    while (tokens[k]?.kind === 'word' && startsUpper((tokens[k] as Token).text)) k++;
  }
  return tokens.slice(start, k).every((t) => startsUpper(t.text) || NAME_JOINERS.has(t.lower) || t.lower === 'the') ? k : end;
}
const NAME_JOINERS = set('for of in and on');

/**
 * The subject opening the sentence, as the source of a verb that shares it: "The Arizona Republican survived 5 ½
 * years in a Vietnamese prison and says ...", "Speaking Sunday on ABC’s “This Week,” Carson admitted ..., but said".
 * An opening phrase (a preposition or a participle up to its comma) is stepped over; the subject must read as a
 * source and be followed by its verb (a word in lower case) or an aside; else NONE.
 */
function sentenceSubject(tokens: Token[], cue: Cue): SourceSpan {
  let start = 0;
  const first = tokens[0];
  if (first && (PREPOSITIONS.has(first.lower) || INTRODUCERS.has(first.lower) || /ing$/.test(first.lower))) {
    while (start < cue.first && tokens[start]?.text !== ',') start++;
    start++;
    while (start < cue.first && CLOSE_MARKS.test(tokens[start]?.text ?? '')) start++;
    // ("At a rally in St. Clairsville, Ohio, 62-year-old Brenda Johnson ...": the town's state, then an age.)
    start = pastStateAndAge(tokens, start, cue.first);
  }
  // ("Trump further summed up ...": an adverb after the subject is no part of it.)
  let short = phraseForward(tokens, start);
  while (short > start + 1 && (BEFORE_CUE.has(tokens[short - 1]?.lower ?? '') || isAdverb(tokens[short - 1] as Token))) short--;
  let end = nameEnd(tokens, start, short);
  // ("Other former CIA officers with no direct knowledge of the case ... chafed at such second-guessing and said":
  // the phrase read forward ran into the subject's verb, which ends it.)
  if (end > start && !looksLikeSource(tokens.slice(start, end))) end = subjectBeforeVerb(tokens, start, end);
  const next = tokens[end];
  if (end <= start || end > 10 + start || end >= cue.first || next === undefined) return NONE;
  const named = end > short || looksLikeSource(tokens.slice(start, end));
  if (!(next.text === ',' || (next.kind === 'word' && startsLower(next.text))) || !named) return NONE;
  return { ...NONE, rule: 'source-sentence-subject', phrase: phrase(tokens, start, end) };
}

/** Past a town's state between commas ("Ohio, ") and an age ("62-year-old ") that open a subject at `start`. */
function pastStateAndAge(tokens: Token[], start: number, limit: number): number {
  let k = start;
  const town = tokens[k - 2];
  if (town !== undefined && startsUpper(town.text) && startsUpper(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2;
  if (tokens[k]?.kind === 'number' && tokens[k + 1]?.text === '-' && AGE.test(tokens[k + 2]?.lower ?? '')) k += 3;
  return k < limit ? k : start;
}

/** Where a subject read forward from `start` ends at its verb in the past or present ("officers chafed"), else `end`. */
function subjectBeforeVerb(tokens: Token[], start: number, end: number): number {
  // ("That’s the consensus of experts ..., saying": a pronoun and its verb in one word is no subject.)
  if (/^(that|it|there|here|what)['’]s$/.test(tokens[start]?.lower ?? '')) return end;
  for (let j = end - 1; j > start; j--) {
    const verb = tokens[j] as Token;
    // (No name is past the verb: in "Rubio press secretary Brooke Sammon gave it ...", "press" is none.)
    if (startsUpper(verb.text) || isTitle(verb)) return end;
    // (The subject ends with its noun: not "the", not a possessive.)
    const head = tokens[j - 1] as Token;
    const noun = !DETERMINERS.has(head.lower) && !/['’]/.test(head.text);
    if (startsLower(verb.text) && /(ed|s)$/.test(verb.lower) && noun && looksLikeSource(tokens.slice(start, j))) return j;
  }
  return end;
}

/**
 * The source before ", said" when a comma precedes the cue: a name with its description or aside between commas.
 * Asides are stepped over first (a relative clause, a party label, an age), then COMMA_SOURCES are tried in order.
 */
function sourceBeforeComma(tokens: Token[], comma: number): SourceSpan {
  // ("Murphy, though, said": a word set off between commas; "Cement makers, for instance, argue": two.)
  const aside = twoWordAside(tokens, comma - 1) ? 2 : ASIDES.has(tokens[comma - 1]?.lower ?? '') ? 1 : 0;
  let k = aside > 0 && tokens[comma - 1 - aside]?.text === ',' ? comma - 1 - aside : comma;
  // "Israel, which controls tax receipts, pledged", "the source, who said he had spoken to them, told Reuters":
  // the source is before the relative clause, whatever the clause says.
  const clause = relativeClauseBefore(tokens, k);
  if (clause >= 0) k = clause;
  // "Sen. Arlen Specter, R-Pa., said", "Jones, 45, said": the party and state, or the age, are an aside.
  const party = partyLabelBefore(tokens, k);
  if (party >= 0) k = party;
  else {
    // "Cory James, 22, of Flint, Mich., said": where the source is from, then the age.
    // (Without the age, "Alan Napier, of Labour, said" is read by source-name-of-place.)
    const from = hometownBefore(tokens, k);
    if (from >= 0 && isAge(tokens[from - 1])) k = from;
    if (isAge(tokens[k - 1]) && tokens[k - 2]?.text === ',') k -= 2;
  }
  const s1 = phraseBack(tokens, k - 1);
  // ("Mike Morrell, a 30-year veteran of the CIA who retired as acting director in 2013, said": a description
  // the phrase read back stops in.)
  if (s1 > k - 1 || verbBefore(tokens, s1)) return describedWithFigure(tokens, k) ?? NONE;
  for (const rule of COMMA_SOURCES) {
    const first = rule.first(tokens, k, s1);
    if (first !== null)
      return { ...NONE, phrase: phrase(tokens, first.start, first.end ?? k), first: first.start, rule: rule.id };
  }
  return { ...NONE, phrase: phrase(tokens, s1, k), first: s1, rule: 'source-before-comma' };
}

// Asides of two words between a source and its verb: "Cement makers, for instance, argue", "PACs have in fact reported".
const TWO_WORD_ASIDES = set('for_instance for_example in_fact of_course in_turn by_contrast at_least');

/** True when tokens[k - 1] and tokens[k] are an aside of two words ("for instance"). */
function twoWordAside(tokens: Token[], k: number): boolean {
  const second = tokens[k];
  return second !== undefined && k > 0 && TWO_WORD_ASIDES.has(`${(tokens[k - 1] as Token).lower}_${second.lower}`);
}

/** The source before a description with a figure in it, ", a 30-year veteran of the CIA ...,", or null. */
function describedWithFigure(tokens: Token[], k: number): SourceSpan | null {
  const open = descriptionOpening(tokens, k);
  const s0 = open > 0 ? phraseBack(tokens, open - 1) : open;
  if (open <= 0 || s0 > open - 1) return null;
  return { ...NONE, phrase: phrase(tokens, s0, k), first: s0, rule: 'source-description-with-figure' };
}

/** The comma opening ", of Flint, Mich." (a hometown, perhaps with its state) that ends at the comma tokens[close], or -1. */
function hometownBefore(tokens: Token[], close: number): number {
  let commas = 0;
  for (let j = close - 1; j > 1 && close - j <= 8; j--) {
    const t = tokens[j] as Token;
    if (t.lower === 'of')
      return tokens[j - 1]?.text === ',' && j + 1 < close && startsUpper(tokens[j + 1]?.text ?? '') ? j - 1 : -1;
    if (t.text === ',' && ++commas > 1) return -1;
    if (t.kind === 'word' ? !startsUpper(t.text) : !/^[.,]$/.test(t.text)) return -1;
  }
  return -1;
}

/** A way to read the source before ", said": where it starts (and ends, when not at the comma), or null. */
interface CommaSource {
  id: string;
  first: (tokens: Token[], k: number, s1: number) => { start: number; end?: number } | null;
}

// The phrase read back from the comma starts at s1; these rules, in order, read further back past a description.
const COMMA_SOURCES: CommaSource[] = [
  {
    // "Stephen Moir, in charge of Cambridgeshire County Council, said", "Alan Napier, of Labour, said": a phrase
    // that starts with a preposition describes the name before it.
    id: 'source-name-of-place',
    first: (tokens, k, s1) => {
      const before = tokens[s1 - 1];
      if (!before || !PREPOSITIONS.has(before.lower) || tokens[s1 - 2]?.text !== ',' || !startsUpper(tokens[s1 - 3]?.text ?? ''))
        return null;
      const s0 = phraseBack(tokens, s1 - 3);
      return s0 <= s1 - 3 ? { start: s0 } : null;
    },
  },
  {
    // "Duke Energy Corp, the biggest utility in the area with over 4 million customers, estimated": a description
    // with a figure in it, which the phrase read back stops at.
    id: 'source-description-with-figure',
    first: (tokens, k, s1) => {
      const open = tokens[s1 - 1]?.text === ',' ? -1 : descriptionOpening(tokens, k);
      if (open <= 0) return null;
      const s0 = phraseBack(tokens, open - 1);
      return s0 <= open - 1 ? { start: s0 } : null;
    },
  },
  { id: 'source-aside', first: (tokens, k, s1) => betweenCommas(tokens, k, s1, true) },
  { id: 'source-described-name', first: (tokens, k, s1) => betweenCommas(tokens, k, s1, false) },
];

/**
 * "Name, description, said" read back from the description at s1: with `aside`, the phrase between the commas is
 * an aside and the source ends before it ("The governor, speaking at a news conference, said"); without, it is
 * the description of the name before it ("Serhii Popko, head of ..., said"; "her mother, Fiona, said").
 */
function betweenCommas(tokens: Token[], k: number, s1: number, aside: boolean): { start: number; end?: number } | null {
  if (tokens[s1 - 1]?.text !== ',') return null;
  // "Sen. Krysten Sinema, D-Ariz., a lead Democratic negotiator, said".
  const labelled = partyLabelBefore(tokens, s1 - 1);
  const comma = labelled >= 0 ? labelled : s1 - 1;
  const s0 = phraseBack(tokens, comma - 1);
  if (s0 > comma - 1) return null;
  if (aside) return isAside(tokens, k, s1) ? { start: s0, end: comma } : null;
  const first = tokens[s1] as Token;
  const outer = tokens[s0];
  // "the ...", "Director of ...", "Microsoft's general manager of investor relations": a description after the name.
  // "Serhiy Lysak, Dnipropetrovsk regional governor, said": a title anywhere in it.
  const described =
    startsLower(first.text) ||
    tokens.slice(s1, k).some(isTitle) ||
    ['the', 'a', 'an'].includes(first.lower) ||
    isAllUpper(first.text, 2) ||
    /['’]s$/.test(first.text);
  // "her mother, Fiona, said": a description, then the name.
  // ("another parliament intelligence committee member, Park Sun-won, said": longer when it ends with a title.)
  const namedAfterDescription =
    outer !== undefined &&
    startsLower(outer.text) &&
    (comma - 1 - s0 < 4 || (comma - s0 <= 8 && isTitle(tokens[comma - 1] as Token)));
  // "Serhii Popko, head of ...": a name first; "... attacked in Tuesday's coup, the source, said" is no name.
  const named = outer !== undefined && startsUpper(outer.text);
  return (described && named) || namedAfterDescription ? { start: s0 } : null;
}

/**
 * "however", or a participle: "The governor, speaking at a news conference, said", "The report, released on
 * Monday by the UN, says".
 */
function isAside(tokens: Token[], k: number, s1: number): boolean {
  const first = tokens[s1] as Token;
  const participle =
    startsLower(first.text) &&
    /(ing|ed)$/.test(first.lower) &&
    !ROLE_PARTICIPLES.has(first.lower) &&
    (PREPOSITIONS.has(tokens[s1 + 1]?.lower ?? '') || DETERMINERS.has(tokens[s1 + 1]?.lower ?? ''));
  return (k - 1 === s1 && ASIDES.has(first.lower)) || participle;
}

/** The comma opening ", the/a ... ," that ends at the comma tokens[close], after a capitalised name; else -1. */
function descriptionOpening(tokens: Token[], close: number): number {
  for (let j = close - 2; j > 0 && close - j <= 18; j--) {
    const t = tokens[j] as Token;
    if (t.text === ',')
      return ['the', 'a', 'an'].includes(tokens[j + 1]?.lower ?? '') && startsUpper(tokens[j - 1]?.text ?? '') ? j : -1;
    if (OPEN_MARKS.test(t.text) || CLOSE_MARKS.test(t.text) || cueLike(t)) return -1;
  }
  return -1;
}

// Reports that name their author after "from": "a Monday update from the General Staff".
const REPORTS = set('update report statement assessment analysis briefing data figures estimate estimates study survey');

// Tokens a relative clause between commas may take before the source's verb.
const MAX_CLAUSE = 30;

/** The comma opening ", who/which ...," when that clause ends at the comma tokens[close], else -1. */
function relativeClauseBefore(tokens: Token[], close: number): number {
  for (let j = close - 1; j > 0 && close - j <= MAX_CLAUSE; j--) {
    const t = tokens[j] as Token;
    // ("Sandy Phillips, who lost her daughter ... in Aurora, Colorado, in July 2012, said": commas inside it.)
    if (t.text === ',' && (tokens[j + 1]?.lower === 'who' || tokens[j + 1]?.lower === 'which')) return j;
    if (t.kind === 'punct' && !/^[.,-]$/.test(t.text)) return -1;
  }
  return -1;
}

/** "45" in "Jones, 45, said": a whole number a person's age can be. */
function isAge(t: Token | undefined): boolean {
  return t !== undefined && /^\d{1,3}$/.test(t.text) && Number(t.text) < 120;
}

/** After an inverted source, its description: "said Sen. Susan Collins of Maine, one of two GOP senators who ...". */
function describedAfter(tokens: Token[], from: number): boolean {
  // "said the UN Environment Programme's Emissions Gap report issued Monday".
  const next = tokens[from];
  const when = tokens[from + 1];
  const timed = when !== undefined && (WEEKDAYS.has(when.lower) || trivialTail(tokens, from + 1, tokens.length));
  if (next && next.text === next.lower && next.lower.endsWith('ed') && timed) return true;
  if (tokens[from]?.text !== ',') return false;
  // "said Shanduke McPhatter, 35, an ex-gang member who ...": an age, then perhaps the description.
  if (isAge(tokens[from + 1]) && /^[,.]$/.test(tokens[from + 2]?.text ?? '')) return true;
  if (APPOSITIVE_STARTS.has(tokens[from + 1]?.lower ?? '')) return true;
  // ", professor of psychology at Brandeis University": a role.
  if (roleAfter(tokens, from) > from) return true;
  // ", D-Ariz.,": three tokens at most.
  for (let close = from + 2; close <= from + 4; close++)
    if (tokens[close]?.text === ',') return partyLabelBefore(tokens, close) === from;
  return false;
}

/** The closing comma (or the sentence's last stop) of a role set off after a name (", a professor at Yale,"), or -1. */
function roleAfter(tokens: Token[], from: number): number {
  if (tokens[from]?.text !== ',' || !startsUpper(tokens[from - 1]?.text ?? '')) return -1;
  // ", in a press release", ", on a conference call": where it was said, not who said it.
  if (PREPOSITIONS.has(tokens[from + 1]?.lower ?? '')) return -1;
  let title = false;
  for (let k = from + 1; k < Math.min(tokens.length, from + 16); k++) {
    const t = tokens[k] as Token;
    // "..., said Margie Lachman, professor of psychology at Brandeis University.": the role may end the sentence.
    const last = k === tokens.length - 1 && t.text === '.';
    if (t.text === ',' || last) return title ? k : -1;
    // "said Mark Morgan, acting CBP Commissioner in a White House briefing.": where it was said ends a role that
    // runs to the sentence's end.
    const medium = t.lower === 'in' && /^an?$/.test(tokens[k + 1]?.lower ?? '');
    if (medium && title && tokens[tokens.length - 1]?.text === '.') return k;
    if (CLAUSE_STARTS.has(t.lower) || t.kind === 'number' || OPEN_MARKS.test(t.text)) return -1;
    title ||= isTitle(t);
  }
  return -1;
}

/** Index after ")" when tokens[open] opens a party (and state) in brackets: "(R-Fla.)", "(D-N.C.)", "(D)"; else -1. */
function partyBracketEnd(tokens: Token[], open: number): number {
  if (tokens[open]?.text !== '(' || !/^[DRI](-[A-Z]|$)/.test(tokens[open + 1]?.text ?? '')) return -1;
  for (let k = open + 2; k < Math.min(tokens.length, open + 8); k++) {
    const t = tokens[k] as Token;
    if (t.text === ')') return k + 1;
    if (!/^[A-Za-z.]+$/.test(t.text)) return -1;
  }
  return -1;
}

/** Index of "(" when tokens[close] closes a party and state in brackets ("Rubio (R-Fla.) said"); else -1. */
function partyBracketStart(tokens: Token[], close: number): number {
  if (tokens[close]?.text !== ')') return -1;
  for (let k = close - 1; k > Math.max(0, close - 8); k--)
    if (tokens[k]?.text === '(') return partyBracketEnd(tokens, k) === close + 1 ? k : -1;
  return -1;
}

/** The comma opening ", D-Ariz.," (AP's party and state) when it ends at the comma tokens[close], else -1. */
function partyLabelBefore(tokens: Token[], close: number): number {
  let j = close - 1;
  if (tokens[j]?.text === '.') j--;
  // One token: the hyphen joins "D-Ariz".
  return /^[DRI]-[A-Z]/.test(tokens[j]?.text ?? '') && tokens[j - 1]?.text === ',' ? j - 1 : -1;
}

function startsName(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.kind === 'word' &&
    (startsUpper(t.text) || ['the', 'a', 'an'].includes(t.lower) || /^[a-z]+(man|woman|person|er|or|ist|ant)$/.test(t.lower))
  );
}

/** Start index of the source phrase that ends at tokens[end], read backwards. */
function phraseBack(tokens: Token[], end: number): number {
  let s = end;
  for (; s >= 0 && end - s < 14; s--) {
    const t = tokens[s] as Token;
    if (t.kind === 'punct') {
      // "Gen." inside a name; "AT&T".
      if (t.text === '.' && tokens[s - 1]?.end === t.start && s < end) continue;
      if (t.text === '&' && tokens[s - 1]?.end === t.start && tokens[s + 1]?.start === t.end) continue;
      // "California Department of Forestry and Fire Prevention (CalFire) said", "The Institute for the Study of War
      // (ISW) think tank said": the acronym in brackets.
      if (t.text === ')' && tokens[s - 2]?.text === '(' && startsUpper(tokens[s - 1]?.text ?? '')) {
        s -= 2;
        continue;
      }
      // "the Washington D.C.-based Institute": a hyphen inside a word.
      if (t.text === '-' && adjacent(tokens[s - 1], t) && adjacent(t, tokens[s + 1]) && s < end) continue;
      // ("Bernie Sanders’ campaign says": the apostrophe of a possessive, after an "s", before the source's noun.)
      if (
        /^['’]$/.test(t.text) &&
        s + 1 === end &&
        adjacent(tokens[s - 1], t) &&
        !adjacent(t, tokens[s + 1]) &&
        /s$/i.test(tokens[s - 1]?.text ?? '')
      )
        continue;
      // ("67% say": the share, read with its figure below.)
      if (t.text === '%' && s === end && tokens[s - 1]?.kind === 'number') continue;
      break;
    }
    // ("at about 2:30 p.m. PowerOutage.us reported": a time's stop can end the sentence before a name.)
    // ("FEC records from the 2008 presidential election cycle show": a year after "the" is inside the phrase.)
    const year = /^(19|20)\d\d$/.test(t.text) && DETERMINERS.has(tokens[s - 1]?.lower ?? '');
    // ("Six in 10 say": a share of people counted.)
    if (t.kind === 'number' && tokens[s - 1]?.lower === 'in' && wordValue(tokens[s - 2]?.lower ?? '') !== null) {
      s -= 2;
      continue;
    }
    // ("67 percent say", "26%, say": the share is the source, its figure with it.)
    if (t.kind === 'number' && s < end && /^(percent|%)$/.test(tokens[s + 1]?.lower ?? '')) {
      s--;
      break;
    }
    if ((t.kind === 'number' && !year) || t.lower === 'a.m.' || t.lower === 'p.m.') break;
    if (SOURCE_BREAKS.has(t.lower)) break;
    // "according to Israeli officials, who have vowed ...": the source starts after the cue; "made by a U.S.
    // military official who cited ...": after the agent's "by".
    if ((t.lower === 'to' && tokens[s - 1]?.lower === 'according') || (t.lower === 'by' && isParticiple(tokens[s - 1]))) break;
    if (t.lower === 'and' && !(startsUpper(tokens[s + 1]?.text ?? '') && s < end)) break;
    // "The DOJ responded with the lawsuit Lynch announced": a verb ends the source; a phrase with a verb is none.
    if ((cueLike(t) || (s < end && clauseVerb(t))) && s < end) break;
  }
  // A source does not start with a preposition or conjunction left over from the clause before.
  let start = s + 1;
  // ("AT&T" is a name, not "at").
  const leftOver = (t: Token) => !isAllUpper(t.text, 2) && (PREPOSITIONS.has(t.lower) || t.lower === 'and');
  while (start <= end && leftOver(tokens[start] as Token)) start++;
  // ("17-year-old Jared Potts echoed": the age, cut at its figure, is no part of the name.)
  if (tokens[start]?.text === '-' && start + 1 < end && AGE.test(tokens[start + 1]?.lower ?? '')) start += 2;
  return start;
}

// The rest of an age compound after its figure: "62-year-old", "18-month-old".
const AGE = /^(year|month|week|day)s?-old$/;

/** "made", "released": a past participle, as before an agent's "by". */
function isParticiple(t: Token | undefined): boolean {
  return t !== undefined && t.text === t.lower && (t.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.lower));
}

/** True when the phrase tokens[start..end] ends with a subject pronoun right after a noun: "target it", "guides I". */
function relativePronoun(tokens: Token[], start: number, end: number): boolean {
  const before = tokens[end - 1];
  return end > start && PRONOUNS.has(tokens[end]?.lower ?? '') && before?.kind === 'word' && startsLower(before.text);
}

/** True when the phrase read back from a cue stopped at an auxiliary ("has released ..."): the "source" is a clause. */
function verbBefore(tokens: Token[], start: number): boolean {
  // (Only an auxiliary: a verb of saying there is most often a cue of its own, whose statement this one opens.)
  const t = tokens[start - 1];
  return t !== undefined && t.text === t.lower && VERB_BREAKS.has(t.lower);
}

/** A verb inside a phrase read back: a past form of a verb of saying, or "has", "will" and the like. */
function clauseVerb(t: Token): boolean {
  // (Past forms only: "states", "reports" are as often nouns: "one of the states suing the EPA, said".)
  return t.text === t.lower && (VERB_BREAKS.has(t.lower) || (isSpeechVerb(t.lower) && t.lower.endsWith('ed')));
}
const VERB_BREAKS = set('has have had will would could may might do does did');

function cueLike(t: Token): boolean {
  return /^(said|says|told|added|reported|confirmed)$/.test(t.lower);
}

/** End index (exclusive) of a source phrase starting at from: a name, a role, an organisation. */
function phraseForward(tokens: Token[], from: number): number {
  let k = from;
  for (; k < tokens.length && k - from < 12; k++) {
    const t = tokens[k] as Token;
    // "the India Meteorological Department (IMD)": its acronym joins the name.
    if (t.text === '(' && tokens[k + 2]?.text === ')' && isAllUpper(tokens[k + 1]?.text ?? '', 2) && k > from) {
      k += 2;
      continue;
    }
    if (t.kind === 'punct') {
      if (t.text === '.' && tokens[k - 1]?.end === t.start && startsUpper(tokens[k + 1]?.text ?? '') && k + 1 < tokens.length - 1)
        continue;
      // "Layoffs.fyi", "News.Az": a stop inside a name.
      if (t.text === '.' && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end && tokens[k + 1]?.kind === 'word')
        continue;
      break;
    }
    if (t.kind === 'number') break;
    const next = tokens[k + 1];
    // "Ministry of Defence" keeps its preposition, and so does a role: "a spokesperson for the ministry";
    // "in a new study" ends the name.
    const ofRole =
      (t.lower === 'for' || t.lower === 'of') && isTitle(tokens[k - 1] as Token) && DETERMINERS.has(next?.lower ?? '');
    // "a Monday update from the General Staff": a report keeps where it comes from.
    const fromReport = t.lower === 'from' && REPORTS.has(tokens[k - 1]?.lower ?? '');
    if (
      PREPOSITIONS.has(t.lower) &&
      !ofRole &&
      !fromReport &&
      !(next && startsUpper(next.text) && (t.lower === 'of' || k === from))
    )
      break;
    // ("a Monday update": a weekday after the article names the report, not when it was said.)
    if (WEEKDAYS.has(t.lower) && !DETERMINERS.has(tokens[k - 1]?.lower ?? '')) break;
    if (SOURCE_BREAKS.has(t.lower) || t.lower === 'last') break;
    // "according to Labor Department figures out Friday", "figures released on Monday": the source ends.
    if (k > from && (t.lower === 'out' || (t.text === t.lower && t.lower.endsWith('ed')))) break;
  }
  return k;
}

/**
 * Where the content of cues[k] must stop: before the next cue and its source; but when that source is all but
 * the start of what was said ("found that 68 per cent of Greeks believe ..."), the next statement is inside this
 * one, which runs on to the boundary after it.
 */
function contentBoundary(tokens: Token[], cues: Cue[], sources: SourceSpan[], k: number): number {
  if (k + 1 >= cues.length) return tokens.length;
  const cue = cues[k] as Cue;
  const boundary = boundaryBefore(tokens, cue, cues[k + 1] as Cue, sources[k + 1] as SourceSpan);
  const opens = tokens[cue.end]?.lower === 'that' ? cue.end + 1 : cue.end;
  const figure = (t: Token) => t.kind === 'number' || t.lower === 'per' || wordValue(t.lower) !== null;
  const nested =
    (sources[k + 1] as SourceSpan).first >= opens && boundary - opens <= 2 && tokens.slice(opens, boundary).every(figure);
  return nested && cue.form !== 'according' ? contentBoundary(tokens, cues, sources, k + 1) : boundary;
}

/** Where a cue's content must stop: before the next cue and its source, unless the cue is inside that source. */
function boundaryBefore(tokens: Token[], cue: Cue, next: Cue, source: SourceSpan): number {
  let b = source.first >= cue.end ? source.first : next.first;
  // ", as the Israeli army denied ...": the joining word goes with the next statement.
  while (
    b > 0 &&
    ([',', ';', '—', '–'].includes((tokens[b - 1] as Token).text) || CLAUSE_LINKS.has((tokens[b - 1] as Token).lower))
  )
    b--;
  return b;
}

/** The token after the last content found that ends before tokens[before]. */
function contentBoundaryBefore(out: Raw[], tokens: Token[], before: number): number {
  const limit = (tokens[before] as Token).start;
  const last = out.findLast((r) => r.contentEnd <= limit);
  return last ? tokenIndexAt(tokens, last.contentEnd) : 0;
}

/** The quote (sorted by position) that holds offset, if any. */
function quoteAround(quotes: Quote[], offset: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid] as Quote;
    if (offset < q.open) hi = mid - 1;
    else if (offset >= q.close) lo = mid + 1;
    else return q;
  }
  return undefined;
}

interface Content {
  type: AttributionType;
  contentStart: number;
  contentEnd: number;
}

function contentFor(
  tokens: Token[],
  cue: Cue,
  source: SourceSpan,
  boundary: number,
  regionStart: number,
  quoteOf: (t: Token | undefined) => Quote | undefined,
): Content[] {
  if (!source.inherit && source.phrase === null) return [];
  const type: AttributionType = cue.form === 'according' ? 'according-to' : 'indirect';
  const leadIn = source.afterEnd >= 0 ? cue.first : source.first >= 0 ? source.first : cue.first;
  const prevTok = tokens[leadIn - 1];
  const afterCue = source.afterEnd >= 0 ? source.afterEnd : cue.end;
  const tail = skipAfterCue(tokens, afterCue, boundary);
  const tailEmpty = tail >= boundary || trivialTail(tokens, tail, boundary);
  // "A person who, according to the rules, could only be identified as ...": what follows is what was said.
  const inRelativeClause = prevTok?.text === ',' && RELATIVES.has(tokens[leadIn - 2]?.lower ?? '') && !tailEmpty;
  // "... at least $15 billion according to the analysts, and ...": with no comma, what comes before is theirs.
  const accordingAfter = cue.form === 'according' && prevTok?.kind === 'word' && !CLAUSE_LINKS.has(prevTok.lower) && leadIn > 2;
  // "Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said if ...": a quoted title of a show or book, with
  // what was said after the cue, is where it was said, not what.
  const quotedTitle =
    prevTok !== undefined && closesQuote(tokens, leadIn - 1) && !tailEmpty && titleQuoted(tokens, quoteOf(prevTok));
  const backwards =
    prevTok !== undefined &&
    !inRelativeClause &&
    ((closesQuote(tokens, leadIn - 1) && !quotedTitle) ||
      accordingAfter ||
      (prevTok.text === ',' && (source.afterEnd >= 0 || tailEmpty || cue.form === 'according')));
  if (backwards && leadIn > regionStart) {
    const before = contentBefore(tokens, leadIn, regionStart, type, tail, quoteOf);
    // "In addition, according to the department, nearly nine million ...": after an opening phrase, what follows.
    const opening = tokens[regionStart]?.lower ?? '';
    if (before.length > 0 || cue.form !== 'according' || tailEmpty || !(PREPOSITIONS.has(opening) || INTRODUCERS.has(opening)))
      return before;
  }
  if (cue.form === 'according') return contentAfterAccording(tokens, afterCue, boundary, inRelativeClause);
  // ("Said Dorothy Poynter, who ..., “...”": the quote after the source.)
  if (source.rule === 'source-opening-inverted') {
    const q = quoteOf(tokens[afterCue + 1]);
    return q ? [{ type: 'direct', contentStart: q.innerStart, contentEnd: q.innerEnd }] : [];
  }
  // ("''...,'' English said of Mr. Cruz.": with no quote before read, a place, time or aside after is not what
  // was said.)
  const opening = tokens[tail];
  // ("expressed concerns about the limited number of ...": what a concern is about is what was said.)
  const placed = opening && PREPOSITIONS.has(opening.lower) && !SUBORDINATORS.has(opening.lower) && opening.lower !== 'about';
  if (tailEmpty && !backwards && placed) return [];
  return contentAfterCue(tokens, cue, boundary, quoteOf, type);
}

/** "According to X, CONTENT."; in a relative clause the source runs to its closing comma ("who, according to rules of the briefing, could"). */
function contentAfterAccording(tokens: Token[], afterCue: number, boundary: number, inRelativeClause: boolean): Content[] {
  let start = afterCue;
  if (inRelativeClause) while (start < boundary && (tokens[start] as Token).text !== ',') start++;
  if (tokens[start]?.text === ',') start++;
  return spanContent(tokens, start, boundary, 'according-to');
}

/** What was said after the cue: "said (that) CONTENT", "said: “...”", or nothing when only a topic follows. */
function contentAfterCue(
  tokens: Token[],
  cue: Cue,
  boundary: number,
  quoteOf: (t: Token | undefined) => Quote | undefined,
  type: AttributionType,
): Content[] {
  // A quotation opening at tokens[k] that runs to the boundary is what was said, word for word.
  const quotedToEnd = (k: number): Content[] | null => {
    const q = OPEN_MARKS.test(tokens[k]?.text ?? '') ? quoteOf(tokens[k]) : undefined;
    if (!q || !onlyPunctuation(tokens, tokenIndexAt(tokens, q.close), boundary)) return null;
    return [{ type: 'direct', contentStart: q.innerStart, contentEnd: q.innerEnd }];
  };
  // "elaborated on their findings, “What we discovered ...”": the topic, then the quote said about it.
  if (ABOUT.has(tokens[cue.end]?.lower ?? '')) {
    for (let k = cue.end + 1; k < Math.min(boundary, cue.end + 10); k++) {
      if (!OPEN_MARKS.test((tokens[k] as Token).text)) continue;
      const quoted = /^[,:]$/.test(tokens[k - 1]?.text ?? '') ? quotedToEnd(k) : null;
      if (quoted) return quoted;
      break;
    }
  }
  const object = skipAfterCue(tokens, cue.end, boundary);
  let start = saidStart(tokens, object, boundary);
  // ("found that about three-quarters of Republican voters support ...": after "that", no topic but what was said.)
  const afterThat = start > object;
  while (start < boundary && [',', ':', '—', '–'].includes((tokens[start] as Token).text)) start++;
  if (!afterThat && !['say', 'tell', 'express'].includes(cue.base) && topicOnly(tokens, start, boundary)) return [];
  return quotedToEnd(start) ?? spanContent(tokens, start, boundary, type);
}

/**
 * Where what was said starts, past "that": "said Thursday that ...", "told VOA Friday at a conference that ...", and
 * a frame around what was said: "said his government had information that ...". But in "said he had a wound to the
 * neck that might ...", the "that" opens a relative clause inside what was said.
 */
function saidStart(tokens: Token[], start: number, boundary: number): number {
  let clauseBegun = false;
  // "reported quarterly revenue that rose ...": after the verb's object, "that" opens a relative clause.
  const object = tokens[start];
  const hasObject =
    object !== undefined &&
    object.kind === 'word' &&
    startsLower(object.text) &&
    ![DETERMINERS, CLAUSE_STARTS, PREPOSITIONS, AFTER_CUE, RELATIVES].some((words) => words.has(object.lower));
  for (let k = start; k < Math.min(boundary, hasObject ? start : start + 10); k++) {
    const t = tokens[k] as Token;
    // "did confirm to CBS News' Farhan Bokhari, however, that ...".
    if (t.text === ',' && ASIDES.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.text === ',') {
      k += 2;
      continue;
    }
    if (t.text === ',' || OPEN_MARKS.test(t.text)) break;
    if (t.lower === 'that') {
      // "said X and that Y": both are what was said.
      const coordinated = tokens[k - 1]?.lower === 'and' || tokens[k - 1]?.lower === 'but';
      return !coordinated && (!clauseBegun || FRAMES.has(tokens[k - 1]?.lower ?? '')) ? k + 1 : start;
    }
    clauseBegun ||= CLAUSE_STARTS.has(t.lower);
  }
  return start;
}

/**
 * "members of the public responded to our consultation", "commented on the plan": what it was about, not what was
 * said. ("reported about 40 casualties": "about" before a figure is a qualifier, not a topic.)
 */
function topicOnly(tokens: Token[], start: number, boundary: number): boolean {
  const about = tokens[start];
  const figureNext = tokens[start + 1]?.kind === 'number' || wordValue(tokens[start + 1]?.lower ?? '') !== null;
  const addressed =
    about !== undefined &&
    ((ABOUT.has(about.lower) && !(about.lower === 'about' && figureNext)) ||
      (about.lower === 'to' && (DETERMINERS.has(tokens[start + 1]?.lower ?? '') || startsUpper(tokens[start + 1]?.text ?? ''))));
  return addressed && !tokens.slice(start, boundary).some((t) => t.lower === 'that' || t.text === ':' || OPEN_MARKS.test(t.text));
}

/** True when a quotation holds a short title in capitals ("Hannity,", "Meet the Press"), not words said. */
function titleQuoted(tokens: Token[], q: Quote | undefined): boolean {
  if (q === undefined) return false;
  const words = tokens.filter((t) => t.start >= q.innerStart && t.end <= q.innerEnd && t.kind === 'word');
  const capital = (t: Token) => startsUpper(t.text) || (t.text.length <= 3 && t !== words[0]);
  return words.length > 0 && words.length <= 5 && words.every(capital);
}

/** What was said before the cue: "X, the ministry said.", "“...,” Kirby said.", and the rest of a quote it splits. */
function contentBefore(
  tokens: Token[],
  leadIn: number,
  regionStart: number,
  type: AttributionType,
  tail: number,
  quoteOf: (t: Token | undefined) => Quote | undefined,
): Content[] {
  const out: Content[] = [];
  // The content is the clause before: "X, the ministry said." / "“...,” Kirby said."
  let end = leadIn;
  while (end > regionStart && [',', '—', '–'].includes((tokens[end - 1] as Token).text)) end--;
  let from = regionStart;
  // A dateline is not part of what was said: "LONDON — After nearly 20 years ...", "SEOUL--At least 100 ...",
  // "SEOUL, South Korea — About 300 ...".
  let dash = -1;
  for (let k = from; k < Math.min(end, from + 6); k++) {
    const t = tokens[k] as Token;
    if (/^[—–]$/.test(t.text) || (t.text === '-' && tokens[k - 1]?.text === '-' && adjacent(tokens[k - 1], t))) dash = k;
  }
  const place = dash >= 0 ? tokens.slice(from, dash) : [];
  if (isAllUpper(place[0]?.text ?? '') && place.every((t) => t.kind !== 'word' || startsUpper(t.text))) from = dash + 1;
  const region = tokens.slice(from, end);
  const first = region[0];
  const last = region[region.length - 1];
  const words = region.filter((t) => t.kind !== 'punct').length;
  // "In a wide-ranging interview, Obama said:" introduces; it is not what was said.
  // ("Over 5,000 people were evacuated", "At least four migrants have drowned" start with a bound.)
  const intro =
    first !== undefined &&
    (PREPOSITIONS.has(first.lower) || INTRODUCERS.has(first.lower)) &&
    !region.slice(1, 3).some((t) => t.kind === 'number' || wordValue(t.lower) !== null) &&
    !region.some((t) => t.text === ',');
  if (first && last && !intro && (words >= 3 || OPEN_MARKS.test(first.text))) {
    const q = OPEN_MARKS.test(first.text) ? quoteOf(first) : undefined;
    if (q && q.close >= last.end - 1 && type !== 'according-to') {
      out.push({ type: 'direct', contentStart: q.innerStart, contentEnd: q.innerEnd });
    } else {
      out.push({ type, contentStart: first.start, contentEnd: last.end });
    }
  }
  // A quote split by its cue: "“A,” he said, “B.”"
  const next = quoteAfterAside(tokens, tokens[tail]?.text === ',' ? tail + 1 : tail);
  const rest = tokens[next] && OPEN_MARKS.test((tokens[next] as Token).text) ? quoteOf(tokens[next]) : undefined;
  if (rest && out.length > 0) out.push({ type: 'direct', contentStart: rest.innerStart, contentEnd: rest.innerEnd });
  return out;
}

/**
 * Where a split quote goes on past an aside after its cue: "“A,” Tester said, referring the the 1 percent excuse,
 * “B.”" (a participle that is no cue of its own, then a comma and the quote); else `from` itself.
 */
function quoteAfterAside(tokens: Token[], from: number): number {
  const first = tokens[from];
  if (first === undefined || !startsLower(first.text) || !/(ing|ed)$/.test(first.lower) || cueAt(tokens, from)) return from;
  for (let k = from + 1; k < Math.min(tokens.length - 1, from + 16); k++) {
    const t = tokens[k] as Token;
    if (OPEN_MARKS.test(t.text) || CLOSE_MARKS.test(t.text)) return from;
    if (t.text === ',' && OPEN_MARKS.test((tokens[k + 1] as Token).text)) return k + 1;
  }
  return from;
}

function onlyPunctuation(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).kind !== 'punct') return false;
  return true;
}

function spanContent(tokens: Token[], start: number, boundary: number, type: AttributionType): Content[] {
  let end = boundary;
  while (end > start && [',', 'and', 'but', ';', ':', '—', '–'].includes((tokens[end - 1] as Token).lower)) end--;
  if (end <= start || onlyPunctuation(tokens, start, end)) return [];
  return [{ type, contentStart: (tokens[start] as Token).start, contentEnd: (tokens[end - 1] as Token).end }];
}

function skipAfterCue(tokens: Token[], from: number, boundary: number): number {
  let k = from;
  for (;;) {
    for (; k < boundary; k++) {
      const t = tokens[k] as Token;
      // "said July 9 there was ...": AP's date.
      if (dateAt(tokens, k)) {
        k++;
        continue;
      }
      if (!AFTER_CUE.has(t.lower) && !WEEKDAYS.has(t.lower)) break;
      // "said this week", but "suggested this could be due to ...": "this" is the subject of what was said.
      const next = tokens[k + 1]?.lower ?? '';
      if (t.lower === 'this' && !(AFTER_CUE.has(next) || TIME_UNITS.has(next) || WEEKDAYS.has(next))) break;
    }
    // "has said for months that ...": how long, then what was said.
    if (tokens[k]?.lower === 'for' && TIME_UNITS.has(tokens[k + 1]?.lower ?? '') && k + 1 < boundary) k += 2;
    else return k;
  }
}

/** True when a month and a day start at tokens[k] ("July 9"). */
function dateAt(tokens: Token[], k: number): boolean {
  return MONTHS.has((tokens[k] as Token).lower) && /^\d{1,2}$/.test(tokens[k + 1]?.text ?? '');
}

/** True when what follows the cue is only a place, a time or an aside ("at the Pentagon on Monday, using ..."). */
function trivialTail(tokens: Token[], from: number, boundary: number): boolean {
  const first = tokens[from];
  if (!first || from >= boundary) return true;
  // "(PIMS)": an acronym in brackets after the source.
  if (first.text === '(' && tokens[from + 2]?.text === ')') return trivialTail(tokens, from + 3, boundary);
  // "nearly 31 months after Russia’s full-scale invasion", "two days later": a time.
  const unit = tokens.slice(from, Math.min(boundary, from + 4)).findIndex((t) => TIME_UNITS.has(t.lower));
  if (
    unit > 0 &&
    TIME_LINKS.has(tokens[from + unit + 1]?.lower ?? '') &&
    (first.kind === 'number' || TIME_LEADS.has(first.lower))
  )
    return true;
  if (first.kind === 'punct') {
    // "..., Mr Meniaylo said. – Reuters": after a full stop comes a credit, not what was said.
    if (first.text === '.') return true;
    if (first.text !== ',') return !OPEN_MARKS.test(first.text) && tokens.slice(from, boundary).every((t) => t.kind === 'punct');
    const next = tokens[from + 1];
    // ", using ...", or a relative clause about the source: ", who added that ..." is its own statement.
    if (next?.lower === 'who') return true;
    // ", with nearly one in three ... now living in poverty": a phrase added to the sentence, not what was said.
    if (next !== undefined && PREPOSITIONS.has(next.lower) && next.lower !== 'to') return trivialTail(tokens, from + 1, boundary);
    return next !== undefined && /ing$/.test(next.lower) && cueAt(tokens, from + 1) === null;
  }
  // "said on Thursday citing the country's spy agency": the source's source, not what was said.
  if (first.lower === 'citing') return true;
  // "... said on Wednesday as the armies of both countries launched offensives": a clause added, not what was said.
  if ((!PREPOSITIONS.has(first.lower) && !SUBORDINATORS.has(first.lower)) || first.lower === 'to') return false;
  for (let k = from; k < boundary; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') return trivialTail(tokens, k, boundary);
    if (t.lower === 'that' || OPEN_MARKS.test(t.text)) return false;
  }
  return true;
}

/** A quote standing alone right after an attributed quote continues it (same source). */
function continuation(sentence: Sentence, index: number, raws: Raw[], sentences: Sentence[]): Raw | null {
  const first = sentence.tokens[0];
  const q = sentence.quotes[0];
  if (!first || !q || q.open !== first.start) return null;
  const after = sentence.tokens.filter((t) => t.start >= q.close);
  if (after.some((t) => t.kind !== 'punct')) return null;
  // ("“A,” DuVernay said, emphasizing why ... “B.”": the statements after the quote, sharing its source, are passed.)
  let last = raws.length - 1;
  while (last > 0 && (raws[last] as Raw).source === null && (raws[last] as Raw).sentence === index - 1) last--;
  const prev = raws[last];
  if (prev?.type !== 'direct' || prev.sentence !== index - 1) return null;
  const prevSentence = sentences[index - 1] as Sentence;
  if (prevSentence.paragraph < sentence.paragraph - 1) return null;
  return { ...prev, sentence: index, contentStart: q.innerStart, contentEnd: q.innerEnd, continued: true };
}

// Sentences before its own that a pronoun may point back into.
const PRONOUN_REACH = 4;

/**
 * The person a pronoun points to: in the latest of some sentences that names one before an offset, the first
 * named (most often the subject) whom the text does not give the other gender, by a name the article gives in
 * full; possessives left out. "President Guillermo Lasso traveled to El Oro. “...,” he said": Lasso.
 */
function personNamedBefore(
  within: Sentence[],
  before: number,
  want: Gender | null,
  context: Omit<SpeakerContext, 'namedBefore'>,
): Known | null {
  let found: Known | null = null;
  for (const sentence of within) {
    let first: Known | null = null;
    // "Like Collins and Tillis, she expressed concern": names in an opening phrase are not its subject.
    const opening = sentence.tokens[0]?.lower ?? '';
    let phrase = PREPOSITIONS.has(opening) || opening === 'like' || opening === 'unlike';
    for (const t of sentence.tokens) {
      if (t.start >= before || first !== null) break;
      if (phrase) {
        phrase = t.text !== ',';
        continue;
      }
      if (t.kind !== 'word' || !startsUpper(t.text) || /['’]s$/.test(t.text)) continue;
      // ("“... Donald Trump is unfit to be president ...,” he asserted": whom a quote names is not who said it.)
      if (quoteAround(sentence.quotes, t.start) !== undefined) continue;
      first = personAt(sentence.tokens, t, want, context);
    }
    found = first ?? found;
  }
  return found;
}

/**
 * The person a capitalised word names, by the full name the article gives them, when of the gender wanted: a surname
 * ("Lasso"), one of namesakes when only one is of that gender ("Clinton" for "she": Hillary Clinton, not Bill), or a
 * given name news gives one gender before a surname ("Fox News’ Bret Baier noticed ... He commented").
 */
function personAt(tokens: Token[], t: Token, want: Gender | null, context: Omit<SpeakerContext, 'namedBefore'>): Known | null {
  const kin = want === null ? undefined : context.namesakes.get(t.lower);
  const ofGender = kin?.filter((name) => givenNameGender(name.split(' ')[0] as string) === want) ?? [];
  // (For a pronoun only: a participle's subject is read from the names collected.)
  const given = want === null || givenNameGender(t.text) === null ? null : nameAfterGiven(tokens, t);
  const full = ofGender.length === 1 ? (ofGender[0] as string) : (context.people.get(t.lower) ?? given);
  if (!full) return null;
  const role = context.earlier.slice(-LOOK_BACK).findLast((e) => e.name === full)?.role ?? null;
  const person = { name: full, role, person: true };
  return want === null || (genderOf(person, context.facts) ?? want) === want ? person : null;
}

/** "Bret Baier" from its given name: the surname after it, by the fullest name the article gives it; else null. */
function nameAfterGiven(tokens: Token[], given: Token): string | null {
  const at = tokens.indexOf(given);
  const surname = tokens[at + 1];
  // (Not an initial: "Edward D. Smith" is left to the names collected.)
  if (surname === undefined || surname.kind !== 'word' || !startsUpper(surname.text) || surname.text.length < 2) return null;
  if (isAllUpper(surname.text, 2)) return null;
  const after = tokens[at + 2];
  // ("Bret Baier’s show", "Donald Trump Jr.": a possessive names no subject; a name going on is left to the names
  // collected.)
  if (/['’]s$/.test(surname.text) || (after !== undefined && after.kind === 'word' && startsUpper(after.text))) return null;
  return `${given.text} ${surname.text}`;
}

// Honorifics and abbreviated titles alone are no role: "Mr. Farage", "Sen. Marco Rubio".
const HONORIFIC =
  /^(mr|mrs|ms|miss|mx|dr|prof|sen|sens|gov|rep|reps|gen|lt|col|capt|sgt|adm|cmdr|maj|brig|supt|insp|atty|rev|hon)\.?$/i;
const roleOf = (role: string | null) => (role && HONORIFIC.test(role) ? null : role);
// A name as the reader sees it: soft hyphens and zero-width marks are no part of it (the content keeps them: its
// offsets are the page's), and line breaks and runs of spaces inside it (the HTML source's layout, "Rebecca\n
// Solnit" on salon-1) are one space, as the browser shows them.
const visible = (name: string) => name.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ');

interface Speaker {
  known: Known;
  text: string;
  mention?: [number, number];
  resolution: Resolution;
  rule: string;
}

/** Turns source phrases into canonical speakers, in reading order. */
function resolve(text: string, raws: Raw[], sentences: Sentence[], explain?: Explain): Found[] {
  const described = raws.map((raw) => {
    if (!raw.source) return null;
    const ts = raw.source.tokens;
    return describeSource(text.slice((ts[0] as Token).start, (ts[ts.length - 1] as Token).end), ts);
  });
  // A headline's capitals are no evidence of a name: its sources name no one for the rest of the text.
  const body = (k: number) => !inTitleCaseLine(text, (raws[k] as Raw).cueStart);
  const names = [
    ...sentences.flatMap((s) => titledNames(s.tokens)),
    ...described.filter((d, k): d is Source => d?.person === true && body(k)).map((d) => d.name),
  ];
  const people = collectPeople(names);
  const namesakes = collectNamesakes(names);
  const facts = new TextFacts(text);
  const earlier: Known[] = [];
  const found: Found[] = [];
  let previous: (Speaker & { sentence: number }) | null = null;
  raws.forEach((raw, k) => {
    // Sentences since the last statement found (a few at most), up to this cue: whom a pronoun here may point to.
    const since = Math.max((found[found.length - 1]?.sentence ?? -1) + 1, raw.sentence - PRONOUN_REACH);
    const base = { text, earlier, people, namesakes, facts, before: raw.cueStart };
    const context: SpeakerContext = {
      ...base,
      namedBefore: (gender) => personNamedBefore(sentences.slice(since, raw.sentence + 1), raw.cueStart, gender, base),
    };
    const speaker = speakerOf(raw, described[k] ?? null, previous, context, raws[k - 1], sentences);
    if (!speaker) return;
    earlier.push(speaker.known);
    previous = { ...speaker, sentence: raw.sentence };
    const attribution = attributionOf(text, raw, speaker, described[k] ?? null);
    explain?.({
      rule: `speaker-${speaker.rule}`,
      start: raw.cueStart,
      end: raw.cueEnd,
      detail: `"${speaker.text}" → ${attribution.speaker} (${speaker.resolution}${attribution.namedAt === undefined ? '' : `, named @${attribution.namedAt}`})`,
    });
    found.push({ attribution, sentence: raw.sentence });
  });
  return found.sort((a, b) => a.attribution.contentStart - b.attribution.contentStart);
}

/** Who said it: the source written here, the one before in the same sentence, or the subject a participle shares. */
function speakerOf(
  raw: Raw,
  source: Source | null,
  previous: (Speaker & { sentence: number }) | null,
  context: SpeakerContext,
  before: Raw | undefined,
  sentences: Sentence[],
): Speaker | null {
  if (source) {
    const ts = (raw.source as { tokens: Token[] }).tokens;
    const { known, rule } = resolveSpeaker(source, context);
    const mention: [number, number] = [(ts[0] as Token).start, (ts[ts.length - 1] as Token).end];
    return { known, text: source.text, mention, resolution: rule.resolution, rule: rule.id };
  }
  if (previous && previous.sentence === raw.sentence) return { ...previous, rule: 'same-sentence' };
  if (raw.cue.form !== 'according' && before?.sentence === raw.sentence) return null;
  // A participle with no source in its sentence: its subject ("Mr Rogerson has published a clarification,
  // saying"), else the last speaker when a pronoun stands for them ("He later posted, saying") or the quote
  // continues theirs; but in "The warning was classified as amber, ..., indicating" the subject says nothing.
  const opening = (sentences[raw.sentence] as Sentence).tokens[0]?.lower ?? '';
  const named = context.namedBefore(null);
  if (named) return { known: named, text: named.name, resolution: 'name', rule: 'participle-subject' };
  if (!previous || !(raw.continued || PRONOUNS.has(opening))) return null;
  return { ...previous, rule: raw.continued ? 'continued-quote' : 'participle-last-speaker' };
}

const NAMED_REACH = 10_000;

function attributionOf(text: string, raw: Raw, speaker: Speaker, source: Source | null): Attribution {
  const name = visible(speaker.known.name);
  // Where the name was written last before the statement, within the pages before (a bounded search: see TextFacts).
  const from = Math.max(0, raw.cueStart - NAMED_REACH);
  const last =
    speaker.resolution === 'name' || speaker.resolution === 'unresolved' ? -1 : text.slice(from, raw.cueStart).lastIndexOf(name);
  const named = last < 0 ? -1 : from + last;
  return {
    speaker: name,
    speakerText: speaker.text,
    role: source ? roleOf(source.role && visible(source.role)) : null,
    cue: text.slice(raw.cueStart, raw.cueEnd),
    type: raw.type,
    content: text.slice(raw.contentStart, raw.contentEnd),
    contentStart: raw.contentStart,
    contentEnd: raw.contentEnd,
    cueStart: raw.cueStart,
    cueEnd: raw.cueEnd,
    ...(speaker.mention ? { speakerStart: speaker.mention[0], speakerEnd: speaker.mention[1] } : {}),
    resolution: speaker.resolution,
    ...(named >= 0 ? { namedAt: named } : {}),
  };
}
