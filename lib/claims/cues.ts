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

/**
 * Verbs of saying and stating, as base forms; their inflections are derived.
 * Irregular forms are written "base:third:past:participle:gerund".
 */
const SPEECH_VERBS = (
  'say:says:said:said:saying tell:tells:told:told:telling write:writes:wrote:written:writing ' +
  'swear:swears:swore:sworn:swearing admit:admits:admitted:admitted:admitting ' +
  'add warn confirm report state conclude note cite highlight criticize criticise reiterate suggest emphasize ' +
  'emphasise indicate describe call claim reveal estimate insist vow declare believe announce argue explain ' +
  'acknowledge assert contend deny predict stress tweet post allege maintain observe recall remark reply respond ' +
  'comment testify complain caution concede disclose dispute hint mention proclaim promise pledge recount ' +
  'speculate underline underscore boast lament dismiss characterize characterise accuse affirm assure charge ' +
  'counter echo elaborate exclaim inform joke opine protest quip recommend remind repeat retort scoff stipulate ' +
  'urge encourage forecast confide clarify specify express ask divulge continue'
)
  .split(' ')
  .filter(Boolean);

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
  'say tell warn believe estimate argue insist predict suggest claim contend allege admit acknowledge concede explain caution maintain'.split(
    ' ',
  ),
);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you', 'many', 'some', 'others', 'both', 'most', 'all']);
const MODALS = new Set(['did', 'does', 'do', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'not', 'never']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who', 'you']);

type Form = 'base' | 'third' | 'past' | 'gerund';
const FORMS = new Map<string, { base: string; form: Form }>();

for (const entry of SPEECH_VERBS) {
  const [base, third, past, participle, gerund] = entry.includes(':') ? entry.split(':') : inflect(entry);
  FORMS.set(base as string, { base: base as string, form: 'base' });
  FORMS.set(third as string, { base: base as string, form: 'third' });
  FORMS.set(past as string, { base: base as string, form: 'past' });
  FORMS.set(participle as string, { base: base as string, form: 'past' });
  FORMS.set(gerund as string, { base: base as string, form: 'gerund' });
}

function inflect(base: string): string[] {
  const consonantY = /[^aeiou]y$/.test(base);
  const third = consonantY ? `${base.slice(0, -1)}ies` : /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : `${base}s`;
  const past = consonantY ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${base}ed`;
  const gerund = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : /[^e]e$/.test(base)
      ? `${base.slice(0, -1)}ing`
      : `${base}ing`;
  return [base, third, past, past, gerund];
}

export interface Cue {
  /** Index of the cue's first token in the sentence. */
  first: number;
  /** Index after the cue's last token, object and medium included ("told reporters"). */
  end: number;
  base: string;
  form: Form | 'according';
}

// "distributed according to a court-approved scheme", "according to plan": in keeping with a rule, not a source.
const RULES = new Set(
  (
    'plan plans scheme schemes schedule formula rule rules regulations law laws protocol procedure procedures ' +
    'criteria terms tradition custom needs merit'
  ).split(' '),
);

/** True when the phrase after "according to" at tokens[from] names a rule kept, not a source ("a court-approved scheme"). */
function inAccordance(tokens: Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (RULES.has(t.lower)) return true;
  }
  return false;
}

/** The cue starting at tokens[i], or null when the word there is not used as a verb of saying. */
export function cueAt(tokens: Token[], i: number): Cue | null {
  const tok = tokens[i] as Token;
  if (tok.kind !== 'word') return null;
  if (tok.lower === 'according' && tokens[i + 1]?.lower === 'to') {
    if (inAccordance(tokens, i + 2)) return null;
    return { first: i, end: i + 2, base: 'according to', form: 'according' };
  }
  if (tok.text !== tok.lower) return null;
  const goneOn = goesOn(tokens, i);
  if (goneOn) return goneOn;
  const entry = FORMS.get(tok.lower);
  if (!entry) return null;
  // "higher than they had predicted", "worse than the company had estimated": a comparison, not a statement.
  if (comparison(tokens, i)) return null;
  // "the soldiers that Seoul's spy agency said had been killed", "operations that they say are aimed at": a
  // relative clause; what was said has no subject.
  if (AUXILIARIES.has(tokens[i + 1]?.lower ?? '')) return null;
  // "a previously reported count": the word before, past any adverb ("the family said": not "family").
  let p = i - 1;
  while (p > 0 && (tokens[p] as Token).kind === 'word' && isAdverb(tokens[p] as Token)) p--;
  const prev = tokens[p];
  const prevLower = prev?.lower ?? '';
  const next = tokens[i + 1];
  switch (entry.form) {
    case 'base':
      // "Officials say", "Experts warn", "they say": the present tense after a plural subject, or inverted
      // after what was said: "..., say investors and analysts".
      if (
        !MODALS.has(prevLower) &&
        !(
          PLURAL_PRESENT.has(entry.base) &&
          (pluralSubject(tokens, p) ||
            (/^[,”"]$/.test(prevLower) && pluralSubject(tokens, QUANTIFIERS.has(next?.lower ?? '') ? i + 2 : i + 1)))
        )
      )
        return null;
      break;
    case 'third':
      if (!prev || DETERMINERS.has(prevLower) || PREPOSITIONS.has(prevLower)) return null;
      // "Zelenskiy’s remarks that ...": a noun after a possessive.
      if (NOUN_LIKE.has(tok.lower) && /['’]s?$/.test(prev.text) && prev.kind === 'word') return null;
      // "claims for state jobless benefits", "reports of casualties": a noun before its preposition.
      if (NOUN_LIKE.has(tok.lower) && NOUN_PREPOSITIONS.has(next?.lower ?? '')) return null;
      // ...or before a verb of its own, or a relative: "Jobless claims rose", "the five U.S. states where".
      if (NOUN_LIKE.has(tok.lower) && RELATIVE_WORDS.has(next?.lower ?? '')) return null;
      if (NOUN_LIKE.has(tok.lower) && (AUXILIARIES.has(next?.lower ?? '') || CHANGE_VERBS.has(next?.lower ?? ''))) return null;
      // ...or before "that", a colon or a quote: "the report states: ...".
      if (
        NOUN_LIKE.has(tok.lower) &&
        !(startsUpper(prev.text) || PRONOUNS.has(prevLower) || /^(that|:|“|")$/.test(next?.lower ?? ''))
      ) {
        return null;
      }
      break;
    case 'past':
      // Passive ("was reported"), adjectival ("the reported deaths", "10 confirmed cases").
      if (!prev || (AUXILIARIES.has(prevLower) && !['has', 'have', 'had'].includes(prevLower))) return null;
      if (DETERMINERS.has(prevLower) || prev.kind === 'number' || PREPOSITIONS.has(prevLower)) return null;
      if (next?.lower === 'by') return null;
      // "had estimated costs of £76.5m", "reported losses of $2 billion", a table's "Newly reported cases: 5,576": a
      // participle before its noun and figure.
      if (next && isPluralNoun(next.text) && /^(of|:)$/.test(tokens[i + 2]?.lower ?? '') && figureAt(tokens, i + 3)) return null;
      // "soldiers believed to be", "a man said to have": reports about the subject, not by it.
      if (next?.lower === 'to' && REPORTED_ABOUT.has(entry.base)) return null;
      break;
    case 'gerund':
      if (!prev || ![',', 'and', 'while', 'after', 'before', 'when', ':', '—', '–'].includes(prevLower)) return null;
      break;
  }
  // "the economy added 171,000 jobs", "added to the pressure": adding to a count, not saying.
  // ("..., adding 8 assists": the gerund counts only before a figure; "..., adding that ..." says.)
  if (entry.base === 'add' && (entry.form !== 'gerund' || figureAt(tokens, i + 1)) && addsToCount(tokens, i + 1)) return null;
  if (entry.base === 'ask' && entry.form !== 'past') return null;
  if (entry.base === 'ask' && tokens[i + 1]?.lower !== 'that') return null;
  // "call" states only with an object and a label ("called it a provocation") or an appeal ("called on").
  let end = i + 1;
  if (entry.base === 'tell' || entry.base === 'inform' || entry.base === 'assure' || entry.base === 'remind')
    end = objectEnd(tokens, end);
  // "calls into question", "called off": not a statement.
  if (entry.base === 'call' && ['into', 'off', 'up', 'in', 'out', 'back'].includes(tokens[end]?.lower ?? '')) return null;
  if (
    entry.base === 'call' &&
    tokens.slice(end, end + 4).some((t, k) => t.lower === 'into' && tokens[end + k + 1]?.lower === 'question')
  )
    return null;
  if (entry.base === 'call' && tokens[end]?.lower === 'on') end++;
  // "organizer of a group called Citizens for Trump", "a firm called Cambridge Analytica": a name given to the noun
  // before, not a statement.
  if (entry.base === 'call' && entry.form === 'past' && namingParticiple(tokens, i)) return null;
  // "a 2,500-acre blaze called the King Fire, raging ...": a name given, with no label after it.
  if (entry.base === 'call' && namedOnly(tokens, end)) return null;
  // "declared a state of emergency", "declared war": an act, not a statement.
  const object = tokens[end]?.lower === 'a' ? tokens[end + 1] : tokens[end];
  if (entry.base === 'declare' && DECLARED_ACTS.has(object?.lower ?? '')) return null;
  // "expressed concern": an attitude, only with its object.
  if (entry.base === 'express') {
    if (!/^(concerns?|doubts?|hope|regret|frustration|confidence|alarm)$/.test(tokens[end]?.lower ?? '')) return null;
    end++;
  }
  end = mediumEnd(tokens, end);
  // "did not disclose details": a statement denied is one only with what was (not) said: "did not deny that".
  const negated = prevLower === 'not' || prevLower === 'never' || /n['’]t$/.test(prevLower);
  if (negated && !/^(that|[:“"])$/.test(tokens[end]?.lower ?? '')) return null;
  // "conceded twice", "charged the suspect", "maintained the road": these say something only before a clause
  // ("posted on social media that ...") or after the statement.
  const inverted = prevLower === ',' || /^[”"’]$/.test(prevLower);
  if (OTHER_SENSES.has(entry.base) && entry.form !== 'gerund' && !inverted && !beforeStatement(tokens, end)) return null;
  // "“...,” she continued.", "He continued: “...”"; but "to make sure the progress continues, the order ...".
  if (entry.base === 'continue' && !inverted && !/^[:“"]$/.test(tokens[end]?.text ?? '') && !afterQuotedSpeaker(tokens, i))
    return null;
  // "dismissed the claims as propaganda" says something; "the court dismissed the appeal" does not.
  if (entry.base === 'dismiss' && !inverted && !labelledAs(tokens, end)) return null;
  return { first: i, end, base: entry.base, form: entry.form };
}

const GO = new Map<string, Form>([
  ['go', 'base'],
  ['goes', 'third'],
  ['went', 'past'],
  ['gone', 'past'],
]);

/**
 * "“... nonsense that we ended that,” he went on.", "She went on to say that ...": going on with what one says, after
 * a quote or before what is said; "the show went on" says nothing.
 */
function goesOn(tokens: Token[], i: number): Cue | null {
  const form = GO.get((tokens[i] as Token).lower);
  if (!form || tokens[i + 1]?.lower !== 'on') return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 2];
  const inverted = prev !== undefined && /^[,”"’]$/.test(prev.text) && (next === undefined || /^[.,]$/.test(next.text));
  const saying = next?.lower === 'to' && FORMS.get(tokens[i + 3]?.lower ?? '')?.form === 'base';
  const afterQuote = tokens[i - 2] !== undefined && /^[,”"’]$/.test(tokens[i - 2]?.text ?? '') && PRONOUNS.has(prev?.lower ?? '');
  if (saying) return { first: i, end: i + 4, base: 'go on', form };
  if (inverted || (afterQuote && (next === undefined || /^[.,]$/.test(next.text))))
    return { first: i, end: i + 2, base: 'go on', form };
  return null;
}

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
