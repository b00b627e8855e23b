import { type CueRule, CUE_RULES, cueDraft, PRONOUNS } from './cue-rules';
import type { Token } from './tokens';
import type { Explain } from './types';

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
  'urge encourage forecast confide clarify specify express ask divulge continue ' +
  // (Found and shown by polls, studies and records only: see the rule finding-needs-evidence.)
  'find:finds:found:found:finding show:shows:showed:shown:showing ' +
  // (Only with "out": see the rule point-needs-out.)
  'point'
)
  .split(' ')
  .filter(Boolean);

export type Form = 'base' | 'third' | 'past' | 'gerund';
/** A word that may start a cue: a form of a verb of saying (with its rules, once asked for), or of "go" ("went on"). */
interface CueWord {
  base: string;
  form: Form;
  rules: CueRule[] | undefined;
  go: boolean;
}
const FORMS = new Map<string, CueWord>();
const verbForm = (base: string, form: Form): CueWord => ({ base, form, rules: undefined, go: false });

for (const entry of SPEECH_VERBS) {
  const [base, third, past, participle, gerund] = entry.includes(':') ? entry.split(':') : inflect(entry);
  FORMS.set(base as string, verbForm(base as string, 'base'));
  FORMS.set(third as string, verbForm(base as string, 'third'));
  FORMS.set(past as string, verbForm(base as string, 'past'));
  FORMS.set(participle as string, verbForm(base as string, 'past'));
  FORMS.set(gerund as string, verbForm(base as string, 'gerund'));
}

/** True when the word (in lower case) is a form of a verb of saying: "said", "claims", "adding". */
export const isSpeechVerb = (word: string): boolean => FORMS.has(word);

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
    // (The rule ends its phrase: "according to state law, no one may ..."; but "according to law enforcement
    // officials" names who said it.)
    const next = tokens[k + 1];
    if (RULES.has(t.lower) && (next === undefined || next.kind !== 'word' || /^(of|and|in|for)$/.test(next.lower))) return true;
  }
  return false;
}

/**
 * The cue starting at tokens[i], or null when the word there is not used as a verb of saying. The order of
 * precedence: "according to" (unless a rule kept), "go on", then a verb of SPEECH_VERBS read by CUE_RULES
 * (cue-rules.ts) in their order: the first rule that returns null drops the cue, rules that read more move its end.
 */
export function cueAt(tokens: Token[], i: number, explain?: Explain): Cue | null {
  const tok = tokens[i] as Token;
  if (tok.kind !== 'word') return null;
  if (tok.lower === 'according' && tokens[i + 1]?.lower === 'to') return according(tokens, i, explain);
  // ("Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”": a verb with a
  // capital only opening its sentence, before a name and the quote.)
  const opening = tok.text !== tok.lower;
  if (opening && !(i === 0 && opensInvertedQuote(tokens))) return null;
  // One lookup for every word outside quotes (two, one in GO and one in FORMS, were 5% of the extractor's time).
  const entry = CUE_WORDS.get(tok.lower);
  if (entry === undefined || (opening && (entry.go || (entry.form !== 'past' && entry.form !== 'third')))) return null;
  if (entry.go) {
    const goneOn = goesOn(tokens, i);
    if (goneOn) explain?.({ rule: 'cue-go-on', start: tok.start, end: (tokens[goneOn.end - 1] as Token).end });
    return goneOn;
  }
  const draft = cueDraft(tokens, i, entry.base, entry.form);
  const fired: string[] | null = explain ? [] : null;
  for (const rule of (entry.rules ??= cueRulesFor(entry.base, entry.form))) {
    const result = rule.fires(draft);
    if (result === null) {
      explain?.({ rule: rule.id, start: tok.start, end: tok.end, detail: 'no cue' });
      return null;
    }
    if (result && fired) fired.push(rule.id);
  }
  const end = (tokens[draft.end - 1] as Token).end;
  for (const id of fired ?? []) explain?.({ rule: id, start: tok.start, end });
  return { first: i, end: draft.end, base: entry.base, form: entry.form };
}

/** "according to X", unless what follows is a rule kept ("according to a court-approved scheme"). */
function according(tokens: Token[], i: number, explain: Explain | undefined): Cue | null {
  const span = { start: (tokens[i] as Token).start, end: (tokens[i + 1] as Token).end };
  if (inAccordance(tokens, i + 2)) {
    explain?.({ rule: 'according-to-a-rule', ...span, detail: 'no cue' });
    return null;
  }
  return { first: i, end: i + 2, base: 'according to', form: 'according' };
}

const GO = new Map<string, Form>([
  ['go', 'base'],
  ['goes', 'third'],
  ['went', 'past'],
  ['gone', 'past'],
]);

/** The words cueAt looks up: the forms of FORMS and of GO (no verb of saying is spelt like a form of "go"). */
const CUE_WORDS = new Map<string, CueWord>(FORMS);
for (const [word, form] of GO) CUE_WORDS.set(word, { base: 'go on', form, rules: undefined, go: true });

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

/** The rules of CUE_RULES that read this verb and form, in their order (kept on its FORMS entry once found). */
function cueRulesFor(base: string, form: Form): CueRule[] {
  return CUE_RULES.filter((r) => (!r.verbs || r.verbs.includes(base)) && (!r.forms || r.forms.includes(form)));
}

// Pronouns and articles after an opening verb: "Said he", "Added the ..." are left to other readings.
const NOT_NAMES = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'the', 'a', 'an', 'this', 'that']);

/** True when a capitalised name follows the sentence's first word, then a colon or comma and a quotation mark. */
function opensInvertedQuote(tokens: Token[]): boolean {
  const name = tokens[1];
  if (name === undefined || name.kind !== 'word' || name.text === name.lower || NOT_NAMES.has(name.lower)) return false;
  for (let k = 2; k < Math.min(tokens.length, 30); k++) {
    const t = tokens[k] as Token;
    if ((t.text === ':' || t.text === ',') && /^[“"]$/.test(tokens[k + 1]?.text ?? '')) return true;
    // ("Stated Stone:" ending its paragraph, the quote as the next.)
    if (t.text === ':' && k === tokens.length - 1) return true;
    if (
      /^[“”".;!?]$/.test(t.text) &&
      !(t.text === '.' && tokens[k - 1]?.end === t.start && (tokens[k - 1] as Token).text.length <= 3)
    )
      return false;
  }
  return false;
}
