import {
  describedBy,
  fullNameOf,
  KIN,
  type Known,
  LOOK_BACK,
  namesOrganisation,
  normal,
  PRONOUNS,
  type Source,
  withoutGeneration,
} from './speakers';
import type { Resolution } from './types';
import { givenNameGender, isPluralNoun } from './words';

/** What a resolution rule may read: the text, the sources before, the names known, where the statement is. */
export interface SpeakerContext {
  text: string;
  /** Speakers of earlier statements, in reading order. */
  earlier: Known[];
  /** Full names by surname (see collectPeople). */
  people: Map<string, string>;
  /** Surnames that two or more people collected carry, with their full names (see collectNamesakes). */
  namesakes: Map<string, string[]>;
  /** Offset of the statement's cue: only what is written before it can be referred to. */
  before: number;
  facts: TextFacts;
  /** The person a "he"/"she" names in the sentences just before, found by the caller (attributions.ts). */
  namedBefore: (gender: Gender | null) => Known | null;
}

export type Gender = 'f' | 'm';

/** A rule that may resolve a source; the first in SPEAKER_RULES that returns a speaker wins. */
export interface SpeakerRule {
  id: string;
  /** A real passage that needs the rule (the test runs it and checks that the rule fires). */
  example: string;
  /** Where the passage is from; "abridged" marks an example cut from a text too long to quote, not run. */
  source: string;
  resolution: Resolution;
  resolve: (source: Source, context: SpeakerContext) => Known | null;
}

const lowerName = (source: Source) => source.name.toLowerCase();
const isPronoun = (source: Source) => PRONOUNS.has(lowerName(source));
const PERSON_PRONOUNS = new Set(['he', 'she', 'who', 'i']);
const GROUP_PRONOUNS = new Set(['they', 'we']);

// Words that mark a person's gender where the text names them: an honorific or a role.
const FEMALE = new Set(
  'mrs ms miss madam spokeswoman congresswoman chairwoman businesswoman councilwoman anchorwoman mother wife daughter sister aunt grandmother niece queen princess lady first-lady girlfriend stepmother widow actress'.split(
    ' ',
  ),
);
const MALE = new Set(
  'mr sir spokesman congressman chairman businessman councilman anchorman father husband son brother uncle grandfather nephew king prince boyfriend stepfather widower actor'.split(
    ' ',
  ),
);

/**
 * What the whole text says once, read in one pass each when first asked (a statement must not read the text again:
 * a text of 100,000 statements would take minutes): the genders its honorifics give surnames ("Mrs. Clinton"), and
 * the words it writes as places ("in Massachusetts").
 */
export class TextFacts {
  #honorifics: Map<string, Gender | null> | undefined;
  #places: Set<string> | undefined;
  #lower: Map<string, boolean> | undefined;
  constructor(readonly text: string) {}

  /** 'f' or 'm' for a surname the text writes after "Mrs."/"Ms." or "Mr."; null when it writes both ("Mr. and Mrs. Khan"). */
  honorific(surname: string): Gender | null | undefined {
    if (!this.#honorifics) {
      this.#honorifics = new Map();
      for (const m of this.text.matchAll(/\b(Mrs|Ms|Miss|Mr)\.? (\p{Lu}[\p{L}’'-]+)/gu)) {
        const gender: Gender = m[1] === 'Mr' ? 'm' : 'f';
        const known = this.#honorifics.get(m[2] as string);
        this.#honorifics.set(m[2] as string, known === undefined || known === gender ? gender : null);
      }
    }
    return this.#honorifics.get(surname);
  }

  /** True when the text writes the word in lower case too ("Many ..." and "many"): a word, not a name. */
  inLowerCase(word: string): boolean {
    this.#lower ??= new Map();
    let known = this.#lower.get(word);
    if (known === undefined) {
      known = new RegExp(`(?<![\\p{L}])${escape(word.toLowerCase())}(?![\\p{L}])`, 'u').test(this.text);
      this.#lower.set(word, known);
    }
    return known;
  }

  /** True when the text writes the word as a place: "in Massachusetts", "from Russia" (and not "in Massachusetts’s"). */
  place(word: string): boolean {
    this.#places ??= new Set(
      [...this.text.matchAll(/\b(?:in|from|across|throughout|to) (?<!according to )(\p{Lu}[\p{L}-]*)\b(?![’'])/gu)].map(
        (m) => m[1] as string,
      ),
    );
    return this.#places.has(word);
  }
}

/**
 * The gender of a person: a gendered role the text gives them, their given name's ("Hillary Clinton"), or an
 * honorific the text writes before the surname ("Mrs. Clinton").
 */
export function genderOf(known: Known, facts: TextFacts): Gender | null {
  for (const w of (known.role ?? '').toLowerCase().split(/[\s,.]+/)) {
    if (FEMALE.has(w)) return 'f';
    if (MALE.has(w)) return 'm';
  }
  // (The given name before the surname's honorific: "Mrs. Clinton" says nothing of Bill Clinton.)
  const names = known.name.split(/\s+/);
  const given = names.length > 1 ? givenNameGender(names[0] as string) : null;
  return given ?? facts.honorific(names[names.length - 1] ?? '') ?? null;
}

/**
 * A person a pronoun of this gender may stand for: a person, and not one the text gives the other gender; for "he"
 * or "she", one word with no gender known must read as a name.
 */
function fits(known: Known, gender: Gender | null, facts: TextFacts): boolean {
  if (!known.person) return false;
  if (gender === null) return true;
  const given = genderOf(known, facts);
  if (given !== null) return given === gender;
  // ("Many", "Polling", "Back" opening a sentence; "Ohio", "D.C."): a word the text also writes in lower case, a
  // place or an abbreviation is no one's name.
  const word = known.name;
  return word.includes(' ') || !(facts.inLowerCase(word) || facts.place(word) || word.includes('.'));
}

const pronounGender = (source: Source): Gender | null =>
  lowerName(source) === 'she' ? 'f' : lowerName(source) === 'he' ? 'm' : null;

/** A speaker "they" may stand for: a group ("the groups", "officials") or an organisation. */
const isGroup = (k: Known) => !k.person && k.name.split(/\s+/).some((w) => isPluralNoun(w.toLowerCase()));

/** The last earlier speaker (within LOOK_BACK) that passes `test`. */
function lastEarlier(earlier: Known[], test: (k: Known) => boolean): Known | null {
  for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - LOOK_BACK); k--)
    if (test(earlier[k] as Known)) return earlier[k] as Known;
  return null;
}

/**
 * The one person the text names with this description before `before` ("the Conservative MP" → "Conservative MP
 * Owen Paterson"), or null when none or several are.
 */
function personWithRole(description: string, text: string, before: number): string | null {
  const words = description.split(' ');
  if (words.length < 1 || words.some((w) => w.length < 2)) return null;
  // Each word in either case ("Conservative MP", "conservative MP"), or its abbreviation ("the governor": "Gov.
  // Chris Christie"); the name after it capitalised.
  const either = (w: string) => {
    const word = `[${w[0]}${(w[0] as string).toUpperCase()}]${escape(w.slice(1))}`;
    const short = TITLE_ABBREVIATIONS.get(w.toLowerCase());
    return short ? `(?:${word}|${short}\\.)` : word;
  };
  const role = words.map(either).join('[\\s-]+');
  const pattern = new RegExp(`\\b${role}\\s+((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]+)`, 'gu');
  const names = new Set<string>();
  // Within the pages before (a description far from its name is no evidence, and reading all would be quadratic).
  for (const m of text.slice(Math.max(0, before - ROLE_REACH), before).matchAll(pattern)) names.add(m[1] as string);
  // ("Gov. Chris Christie" and later "Gov. Christie" are one person: a name the longest one ends with is the same.)
  const longest = [...names].reduce((a, b) => (b.length > a.length ? b : a), '');
  const one = [...names].every((n) => n === longest || longest.endsWith(` ${n}`));
  return names.size > 0 && one ? longest : null;
}
const TITLE_ABBREVIATIONS = new Map([
  ['governor', 'Gov'],
  ['senator', 'Sen'],
  ['representative', 'Rep'],
  ['congressman', 'Rep'],
  ['congresswoman', 'Rep'],
  ['general', 'Gen'],
]);
const ROLE_REACH = 10_000;
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The resolution rules, in order of precedence: the first that returns a speaker decides. A speaker the evidence
 * does not settle is left as written and marked unresolved (a wrong name misleads more than none).
 */
export const SPEAKER_RULES: SpeakerRule[] = [
  {
    id: 'pronoun-person-named-before',
    example:
      "Judiciary Committee Chairman Chuck Grassley spoke with Garland and did not rule out a meeting. But he reiterated that there won't be a hearing.",
    source: 'PolNeAR train wash-post_2016-03-18_why-obama-s-high-court-pick-migh',
    resolution: 'pronoun',
    resolve: (source, c) => (pronounGender(source) ? c.namedBefore(pronounGender(source)) : null),
  },
  {
    id: 'pronoun-person-of-its-gender',
    example:
      'Henry had expressed concern about a contract of eight years or more.\n\n"We all have limits," he wrote the AP on Wednesday.',
    source: 'compare-dev d03',
    resolution: 'pronoun',
    resolve: (source, c) =>
      PERSON_PRONOUNS.has(lowerName(source)) ? lastEarlier(c.earlier, (k) => fits(k, pronounGender(source), c.facts)) : null,
  },
  {
    id: 'pronoun-they-group',
    example:
      'Clark’s comments further “the anti-Muslim mob mentality” fostered by Trump and other GOP presidential hopefuls, the groups say. They argue that Clinton should “lead by example.”',
    source: 'PolNeAR train huff-post_2015-12-10_hillary-clinton-under-pressure-t',
    resolution: 'pronoun',
    resolve: (source, c) =>
      GROUP_PRONOUNS.has(lowerName(source))
        ? lastEarlier(c.earlier, (k) => isGroup(k) || (!k.person && namesOrganisation(k.name)))
        : null,
  },
  {
    id: 'pronoun-it-organisation',
    example:
      '"Mr. Zimmerman never contacted anyone at GunBroker.com prior to or after the listing was created and no one at (the website) has any relationship with Zimmerman," the company wrote in its statement.\n\nIt added, "We want no part in the listing on our web site or in any of the publicity it is receiving."',
    source: 'PolNeAR train usa-today_2016-05-13_auction-of-gun-used-to-kill-tray',
    resolution: 'pronoun',
    resolve: (source, c) =>
      lowerName(source) === 'it' ? lastEarlier(c.earlier, (k) => !k.person && !isGroup(k) && namesOrganisation(k.name)) : null,
  },
  {
    id: 'pronoun-unresolved',
    example: 'He then asked the buzzing crowd, “Can she stay? Can she stay?”\n\nThey said she could.',
    source: 'PolNeAR train west-journal_2016-02-09_trump-supporter-screams-controve',
    resolution: 'unresolved',
    resolve: (source) => (isPronoun(source) ? { name: source.name, role: null, person: false } : null),
  },
  {
    id: 'description-earlier-source',
    example:
      'During a press call with reporters Wednesday afternoon, the Sanders campaign said it would assess its options and look into the recount process in Missouri. If it’s just a small number of delegates at stake, the campaign said, it may not bother taking that step.',
    source: 'PolNeAR train huff-post_2016-03-16_hillary-clinton-wins-missouri-de',
    resolution: 'role',
    resolve: (source, c) => {
      if (source.person || !/^the\s/i.test(source.name)) return null;
      const description = normal(source.name);
      const head = description.split(' ').pop() ?? '';
      return lastEarlier(
        c.earlier,
        (e) =>
          (e.role !== null && describedBy(normal(e.role), description)) ||
          (!e.person && normal(e.name) !== description && normal(e.name).split(' ').pop() === head),
      );
    },
  },
  {
    id: 'description-named-person',
    example:
      'New Jersey Gov. Chris Christie accused Cruz of opposing the NSA\'s bulk collection of metadata for political, not philosophical, reasons. "He went for the easy political vote at a time when it looked like it was a popular thing to do," the New Jersey governor said. "With all those dead Parisians, it doesn\'t look so popular!"',
    source: 'PolNeAR train wash-post_2015-12-24_ted-cruz-constitutional-conserva',
    resolution: 'role',
    resolve: (source, c) => {
      if (source.person || !/^the\s/i.test(source.name) || !PERSON_HEADS.test(source.name)) return null;
      // ("the company’s chief executive": the role without its owner, which the text may leave out before the name.)
      const description = source.name.replace(/^the\s+/i, '').replace(/^\S+['’]s?\s+/, '');
      const name = personWithRole(description, c.text, c.before);
      return name ? { name, role: source.name.replace(/^the\s+/i, ''), person: true } : null;
    },
  },
  {
    id: 'description-unresolved',
    example: 'The manager said, "They poured in here like 40 or 50 of them.',
    source: 'compare-dev d36',
    resolution: 'unresolved',
    resolve: (source) =>
      !source.person && /^the\s/i.test(source.name) && PERSON_HEADS.test(source.name)
        ? { name: source.name, role: null, person: false }
        : null,
  },
  {
    id: 'relative-unresolved',
    example: 'The driver, who was black, had seethed with a sense of racial injustice in his job, said his girlfriend.',
    source: 'compare-dev d30',
    resolution: 'unresolved',
    resolve: (source) => {
      const kin = source.person ? null : /^(?:his|her|their) (\S+)$/i.exec(source.name);
      return kin && KIN.has((kin[1] as string).toLowerCase()) ? { name: source.name, role: null, person: true } : null;
    },
  },
  {
    id: 'surname-namesake-quoted-before',
    example:
      'With her husband, former President Bill Clinton, standing by her side, Hillary Clinton has told her supporters that “we’re in this together.”\n\n“This is your campaign and it is a campaign to break down every barrier that holds you back,” she said. “We’re going to build ladders of opportunity in their place so every American can go as far as your hard work can take you.”\n\nThough she never mentioned Sanders by name, Clinton cast her rival as offering a narrow economic message that wouldn’t tackle the full range of problems facing the country. Rattling off promises to lower student debt, reform the immigration system, combat systemic racism and improve education, Clinton promised a country of new opportunities.',
    source: 'PolNeAR train breitbart_2016-02-20_the-latest-hillary-clinton-tells',
    resolution: 'surname',
    resolve: (source, c) => {
      const names = namesakes(source, c);
      if (names.length < 2) return null;
      // The one quoted in the statement just before ("Ghazala Khan said ... Khan added"), else the only one quoted.
      const last = c.earlier[c.earlier.length - 1];
      if (last && names.includes(last.name)) return last;
      const quoted = new Set(c.earlier.filter((k) => names.includes(k.name)).map((k) => k.name));
      return quoted.size === 1 ? (c.earlier.findLast((k) => quoted.has(k.name)) ?? null) : null;
    },
  },
  {
    id: 'surname-namesakes-unresolved',
    example: 'Bill Clinton ... Hillary Clinton ... Clinton said (neither quoted before) → Clinton, unresolved',
    source:
      'abridged: PolNeAR train huff-post_2016-06-22_hillary-clinton-reassures-house- (Bill and Hillary Clinton, neither quoted before "Clinton")',
    resolution: 'unresolved',
    resolve: (source, c) => (namesakes(source, c).length > 1 ? { name: source.name, role: source.role, person: true } : null),
  },
  {
    id: 'surname-full-name',
    example:
      'According to Michael Silverman of the Boston Herald, the Red Sox made an offer to Mark Teixeira.\n\nSilverman believes it to be for eight years.',
    source: 'compare-dev d05',
    resolution: 'surname',
    resolve: (source, c) => {
      if (!source.person) return null;
      const parts = source.name.split(/\s+/);
      const surname = parts[parts.length - 1] as string;
      const full = parts.length === 1 ? fullNameOf(surname, c.people, c.text) : c.people.get(surname.toLowerCase());
      if (!full || full.length <= source.name.length) return null;
      if (!withoutGeneration(full).endsWith(source.name) && !full.startsWith(`${source.name} `)) return null;
      const known = c.earlier.slice(-LOOK_BACK).find((e) => e.name === full);
      return { name: full, role: source.role ?? known?.role ?? null, person: true };
    },
  },
  {
    id: 'place-not-person',
    example: 'X said ... where the same text writes "in X" or "from X": X is a place, no person for a later "she"',
    source:
      'abridged: the rule reads where the text writes the word as a place ("in X", "from X"); no labelled text at hand fires it alone',
    resolution: 'name',
    resolve: (source, c) =>
      source.person && !/\s/.test(source.name) && c.facts.place(source.name)
        ? { name: source.name, role: source.role, person: false }
        : null,
  },
  {
    id: 'group-not-person',
    example: 'Others reported the shaking on Twitter.',
    source: 'compare-dev d13',
    resolution: 'name',
    resolve: (source) =>
      source.person && !/\s/.test(source.name) && /[^s]s$/.test(source.name) && isPluralNoun(source.name.toLowerCase())
        ? { name: source.name, role: source.role, person: false }
        : null,
  },
  {
    id: 'as-written',
    example:
      'Officials in Ukraine’s capital said Thursday that Russia attacked the region with about a dozen aerial drones overnight.',
    source: '../shared/claims/articles/000.txt',
    resolution: 'name',
    resolve: (source) => ({ name: source.name, role: source.role, person: source.person }),
  },
];

// Heads of a description that stands for a person: "the minister", "the spokeswoman".
const PERSON_HEADS =
  /\b(minister|secretary|spokes\w*|official|senator|governor|mayor|president|chief|director|lawmaker|mp|candidate|nominee|executive|officer|manager|chairman|chairwoman|businessman|businesswoman|strategist|adviser|advisor|aide|founder|lawyer|attorney|prosecutor|judge|economist|analyst|congressman|congresswoman|leader|ceo|commissioner|sheriff|ambassador|columnist|host|anchor|chair)$/i;

/** The different full names collected for a one-word surname source, when there are two or more ("Jeb Bush"). */
function namesakes(source: Source, c: SpeakerContext): string[] {
  if (!source.person || /\s/.test(source.name)) return [];
  return c.namesakes.get(source.name.toLowerCase()) ?? [];
}

/** The speaker a source stands for, and which rule said so. */
export function resolveSpeaker(source: Source, context: SpeakerContext): { known: Known; rule: SpeakerRule } {
  for (const rule of SPEAKER_RULES) {
    const known = rule.resolve(source, context);
    if (known) return { known, rule };
  }
  throw new Error('unreachable: the last speaker rule resolves every source');
}
