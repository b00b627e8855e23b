import { startsUpper } from './tokens';

/** Word lists shared by the quantity and attribution rules. */

const set = (words: string) => new Set(words.trim().split(/\s+/));

export const MONTHS = set(
  'january february march april may june july august september october november december ' +
    'jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.',
);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

export const DETERMINERS = set('the a an this that these those its their his her our your my each every any no some');
export const PREPOSITIONS = set(
  'of in on at to for from over under with by into onto near across along during since per after before between ' +
    'against among through toward towards around about beyond within without via amid despite behind above below off upon',
);
// Words that join a clause to what comes before: "and they say", "and according to X, ...".
export const CLAUSE_LINKS = set('and but or so yet because as while if since though although when now that');
export const AUXILIARIES = set(
  'is are was were be been being am has have had having do does did will would shall should can could may might must',
);

/** A verb's regular forms: "climb" → climbs, climbed, climbing (and "climbd", which no text holds). */
export const verbForms = (words: string) => words.split(' ').flatMap((w) => [w, `${w}s`, `${w}ed`, `${w}d`, `${w}ing`]);
// Verbs of change: the figure right after one is the change, and "to" then gives the level reached.
export const CHANGE_VERBS = new Set([
  ...verbForms('increase decrease climb jump decline gain surge plunge edge tumble soar dip slump rebound shrink swell'),
  ...'rose risen rise rises fell fallen fall falls grew grown grow grows dropped drop drops slipped slip slips lost sank slid shrank'.split(
    ' ',
  ),
]);

// Words that end a noun phrase after a number: "66 of the", "four over", "more that".
export const PHRASE_BREAKS = new Set([
  ...PREPOSITIONS,
  ...AUXILIARIES,
  ...DETERMINERS,
  ...set(
    'and or but nor that which who whom whose what when where while as than if so yet ' +
      'more less most least already also still now then ago apiece each alone only just even again too ' +
      'he she it they we you i him them us me himself themselves itself not last next',
  ),
]);

// Plural-looking words that are not plural nouns.
const NOT_PLURAL = set(
  'is was has does his its this thus us plus bus gas yes less unless always sometimes perhaps besides ' +
    'towards afterwards nevertheless whereas various previous famous serious numerous news series species ' +
    'politics economics physics mathematics tactics ethics lens chaos basis crisis analysis thesis status ' +
    'campus virus bonus census consensus corps says warns adds',
);
const IRREGULAR_PLURALS = set(
  'people children men women police personnel staff feet teeth mice geese cattle data media crew folk folks',
);

// Capitalised plurals that are names, not counted things: "the United States".
const PROPER_PLURALS = set(
  'states nations emirates philippines netherlands bahamas maldives airlines airways games times olympics',
);

// Nouns that end like adverbs.
const LY_NOUNS = set('family ally rally assembly supply reply monopoly anomaly tally folly belly bully jelly lily holly');

/** True when a word is an adverb in -ly ("explicitly", "additionally"), as far as its ending tells. */
export function isAdverb(t: { text: string; lower: string }): boolean {
  return t.text === t.lower && t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower);
}

export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  // Most words end in no "s": of the tests below, only the irregular plurals can take them.
  if (!w.endsWith('s')) return IRREGULAR_PLURALS.has(w);
  if (PROPER_PLURALS.has(w) && startsUpper(word)) return false;
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.length < 4 || NOT_PLURAL.has(w) || /['’]s$/.test(w)) return false;
  // "USGS": an acronym is a name.
  if (word === word.toUpperCase()) return false;
  return /[^su]s$/.test(w) && !/(ous|ss|is|us)$/.test(w);
}

// Words before a plural noun that count it vaguely: "say many studies", "say some analysts".
export const QUANTIFIERS = set('many some most several other few both all');

// Past participles not in -ed: "made by", "94,908 made in June".
export const IRREGULAR_PARTICIPLES = set(
  'made done given taken written held seen shown sold paid lost won spent left kept found sent',
);

// Given names that English news gives one gender almost always, so "she" is not Donald Trump nor "he" Melania
// Trump when the text itself says nothing (no "Mrs.", no "spokeswoman"). Names used for both (Jordan, Kelly, Chris,
// Lindsey, Jean, Kim, Lee, Terry, Marty, Alex, Sam, Pat) are left out: they tell nothing.
const FEMALE_NAMES = set(`
  abigail alexandria alice alicia alison amanda amber amy andrea angela angelina angie ann anna anne annie ashley
  ayanna barbara betty beverly brenda brittany caitlin carly carmen carol caroline carolyn catherine cathy charlotte
  chelsea cheryl chloe christina christine chrystia cindy claire condoleezza cynthia danielle debbie deborah debra
  denise diana diane dianne donna doris dorothy elaine eleanor elena elise elizabeth ellen emily emma erica evelyn
  fiona frances gabrielle ghazala gina gloria grace gretchen hannah harriet heather heidi helen hillary holly huma
  ilhan ileana irene isabella ivana ivanka jacinda jacqueline jane janet janice jasmine jennifer jenna jessica jill
  joan joanna jodi joni josephine joyce juanita judith judy julia julie justine kamala karen kate katherine kathleen
  kathryn katie kayla kellyanne kirsten kristen kristi laura lauren leah linda lisa liz loretta lori louise lucy
  lynn madeleine madison mandy margaret maria marie marilyn marsha martha mary maryam maureen maxine mazie megan
  meghan melania melanie melissa mia michele michelle molly monica nancy natalie nicola nicole nikki nina nydia
  olivia oprah pamela patricia patti patty paula penny phyllis priti rachel rashida rebecca rita rosa rose ruth
  sally samantha sandra sara sarah sharon sheila shelley sheryl shirley sonia sophia stephanie sue susan susana
  sylvia tamara tammy tanya teresa theresa tina tulsi valerie vanessa vera victoria virginia wanda wendy yvette
  yvonne zoe megyn nargis lesley galia melanne marine hilda agnes bonnie connie dolores esther gwen ingrid janine
  kristina lena lydia marjorie miriam naomi norma pauline regina rhonda roberta serena shauna stacey suzanne tara ursula`);
const MALE_NAMES = set(`
  aaron abdul adam adel ahmed alan albert alberto alejandro alexander andrew andy anthony antonio arthur austin
  barack barry ben benjamin bernard bernie bill billy blake bob bobby boris brad bradley brandon brent brett brian
  bruce bryan carl carlos charles chuck clint colin corey cory craig curtis dan daniel danny dave david dean dennis
  derek diego don donald doug douglas dwight ed eddie edward emmanuel enrique eric eugene evan felipe fernando
  francisco frank fred frederick gary george gerald glenn gordon greg gregory harold harry harvey hassan henry
  herbert howard hugo ian ibrahim isaac ivan jack jacob jake james jared jason jay jeb jeff jeffery jeffrey jeremy
  jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan justin karl
  keith ken kenneth kevin khizr kirk kurt kyle lance larry lawrence leon leonard lewis liam lloyd louis luis luke
  malcolm manuel marco marcus mario mark martin marvin matt matthew maurice max michael miguel mike mitch mitchell
  mitt mohammed muhammad nathan nathaniel neil newt nicholas nick nigel noah norbert norman omar oscar owen pablo
  patrick paul pedro pete peter phil philip pierre rafael rahm ralph randy raul ray raymond reggie reince rex
  richard rick ricky rishi rob robert roberto rodney roger ron ronald ross roy rudy russell ryan scott sean
  sebastian sergio seth shane sheldon sherrod simon spencer stanley stephen steve steven stuart tad ted thomas tim
  timothy todd tom tommy tony travis trevor troy tyler victor vincent vladimir wade walter warren wayne wesley
  william willie xavier zachary volker sander hank grant carlton gonzalo geoff elijah robby hunter dominic jamal andre
  tucker joaquin julian kareem lamar luther mohamed ahmad amir bashar gavin graham hugh hal irving jerrold lyndon
  geert dick chris ari matteo earl charlie bret novak mickey nelson orrin rod rudolph sid vernon wolfgang yusuf ziad sajid luay florent jeb`);

/** The gender a given name has in English news ("Hillary" f, "Donald" m), or null when it tells nothing. */
export function givenNameGender(name: string): 'f' | 'm' | null {
  const first = name.toLowerCase();
  return FEMALE_NAMES.has(first) ? 'f' : MALE_NAMES.has(first) ? 'm' : null;
}
