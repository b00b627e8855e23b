import { MEASURES, PEOPLE } from './measures';
import type { Reading } from './reading';
import { compareFigures } from './relation';

/** How two figures stand: one quantity whose values agree or differ, or not one quantity (none). */
export interface Match {
  verdict: 'agree' | 'differ' | 'none';
  /** Why, for the reader: "same: people killed (kill, kraft, shooting)" or "not: killed vs wounded". */
  reason: string;
  /** How much the two readings share: ranks candidates and orders merges. */
  support: number;
}

// Shared evidence an agreeing pair needs (a shared word, the same thing, the same holder…), and a differing pair:
// two equal numbers of one kind near the same words are one quantity; two unequal ones need more.
const AGREE_SUPPORT = 2;
const DIFFER_SUPPORT = 4;
// What two rival names (each beside one figure only, both known to both articles) take from the evidence.
const RIVAL_PENALTY = 2;

/** What keeps two readings from being one quantity whatever their values, or null: other measure, thing, event, day, holder. */
export function conflictOf(a: Reading, b: Reading): string | null {
  if (a.measure === 'designation' || b.measure === 'designation') return 'a designation, not a quantity';
  const owned = ownedMatch(a, b);
  if (owned) return owned.verdict === 'none' ? owned.reason.replace(/^not: /, '') : null;
  // Two values of one article are two quantities, unless the article gives them to two sources.
  const twoSources = a.source && b.source && a.source !== b.source;
  if (a.article === b.article && valuesAgree(a, b) === false && !twoSources) return 'two values in one article';
  if (a.measure !== b.measure) return `${a.measure} vs ${b.measure}`;
  // Ages of two people: "Hiller, 43" and "Tanya Wilson, 47".
  if (a.person && b.person && a.person !== b.person) return `the age of ${a.person} vs of ${b.person}`;
  if (a.thing && b.thing && a.thing !== b.thing) return `${a.thing} vs ${b.thing}`;
  // An age is its person's whatever happened beside it ("the death of 15-year-old Alexandros Grigoropoulos", "riots").
  if (a.event && b.event && a.event !== b.event && a.measure !== 'age') return `${a.event} vs ${b.event}`;
  // Days tell apart counts of what happened (arrests on Monday, on Wednesday), not ages or sizes named beside a day.
  if (a.event && b.event && a.days.length > 0 && b.days.length > 0 && !a.days.some((d) => b.days.includes(d)))
    return `${a.days.join('/')} vs ${b.days.join('/')}`;
  if (a.from && b.from && a.from !== b.from) return `from ${a.from} vs from ${b.from}`;
  // "the case of another 15-year-old" is not the 15-year-old of the story.
  if (a.another !== b.another) return 'another on one side only';
  // "two Thunderbolt ports" and "two USB ports": the same noun, told apart by the words before it.
  if (a.modifiers.length > 0 && b.modifiers.length > 0 && !a.modifiers.some((w) => b.modifiers.includes(w)))
    return `${a.modifiers.join(' ')} vs ${b.modifiers.join(' ')}`;
  // A model named by its size in each sentence, none in common: figures of two models of one product.
  if (a.variants.length > 0 && b.variants.length > 0 && !a.variants.some((v) => b.variants.includes(v)))
    return `the ${a.variants.join('/')}-inch vs the ${b.variants.join('/')}-inch`;
  // "three runs of 80 or more yards in a season", "his third career 200-yard game": a record of a period, not a game's.
  if (a.periods.join() !== b.periods.join())
    return `${a.periods.join('/') || 'one game'} vs ${b.periods.join('/') || 'one game'}`;
  if (a.tier && b.tier && a.tier !== b.tier) return `the ${a.tier}-end model vs the ${b.tier}-end model`;
  if (a.lines.length > 0 && b.lines.length > 0 && !a.lines.some((v) => b.lines.includes(v)))
    return `the ${a.lines.join('/')} vs the ${b.lines.join('/')}`;
  if (a.years.join() !== b.years.join()) return `${a.years.join('/') || 'this year'} vs ${b.years.join('/') || 'this year'}`;
  if (otherHolders(a, b)) return `${a.holders.join(' ')} vs ${b.holders.join(' ')}`;
  return null;
}

/** Whether two figures of one story are one quantity, and whether their values agree. */
export function matchReadings(a: Reading, b: Reading): Match {
  const owned = ownedMatch(a, b);
  if (owned) return owned;
  const conflict = conflictOf(a, b);
  if (conflict) return { verdict: 'none', reason: `not: ${conflict}`, support: 0 };
  const person = samePerson(a, b);
  if (person) return person;
  const shared = a.words.filter((w) => b.words.includes(w));
  const evidence = unique([
    ...shared,
    ...(a.thing && a.thing === b.thing ? [`the ${a.thing}`] : []),
    ...(a.event && a.event === b.event ? [a.event] : []),
    ...(a.from && a.from === b.from ? [`from ${a.from}`] : []),
    ...a.names.filter((h) => b.names.includes(h)),
    // One holder read on both sides ("the Boston offer", "the Boston Red Sox have made … an eight-year"): whose it is.
    ...(sharedHolder(a, b) ? [`held by ${sharedHolder(a, b)}`, "the holder's"] : []),
    // The same day named in both sentences ("on Wednesday — … the 200 person crowd", "On Wednesday night, about 200").
    ...a.days.filter((d) => b.days.includes(d)),
    // The same exact figure of several digits, or the same score, counts twice: it is rarely a coincidence in one story.
    ...(sameDistinctiveFigure(a, b) || (a.score !== null && a.score === b.score)
      ? [`the same ${a.quantity.text}`, 'to the digit']
      : []),
  ]);
  // Names of the story that each figure has and the other lacks weigh against: the MacBook Air's price, the Retina's.
  const support = evidence.length - (rivalNames(a, b) ? RIVAL_PENALTY : 0);
  const about = `${[a.thing ?? a.measure, a.event].filter(Boolean).join(' ')} (${evidence.slice(0, 5).join(', ')})`;
  // A bare number ("two", "one of them") says too little of what it counts to be matched on its neighbours alone.
  if (a.measure === 'count' && (!a.thing || !b.thing)) return { verdict: 'none', reason: 'not: no counted noun', support };
  const agree = valuesAgree(a, b);
  if (agree === null) return { verdict: 'none', reason: `not: no comparable value`, support };
  // A small whole number ("two", "eight") recurs for many things in one story: it needs a word right beside it too,
  // or the same event ("killing two workers", "2 Dead").
  // A score or a record ("10-5") is no small number: its two halves are as distinctive as several digits.
  const small = a.measure !== 'score' && Number.isInteger(a.quantity.value) && (a.quantity.value ?? 0) < 13;
  // A thing of its own (not people, not a unit) with more evidence also tells what a small number counts: "seven bullets".
  const specific =
    a.thing !== null && a.thing === b.thing && a.measure === 'count' && a.thing !== 'people' && support > AGREE_SUPPORT;
  const beside =
    specific ||
    // The same place a distance is measured from: "two miles east southeast of The Geysers", "two miles from The Geysers".
    (a.from !== null && a.from === b.from) ||
    sharedHolder(a, b) !== null ||
    (a.event !== null && a.event === b.event) ||
    a.tight.some((w) => b.tight.includes(w) && w !== a.thing && !MEASURES.has(w) && !PEOPLE.has(w));
  if (agree && support >= AGREE_SUPPORT && (!small || beside)) return { verdict: 'agree', reason: `same: ${about}`, support };
  // Unequal values are one quantity only with the same words right beside them and no other holder.
  const tight = a.tight.filter((w) => b.tight.includes(w) && w !== a.thing);
  // "two murder charges" and "one attempted murder charge", "seven bullets" and "three that entered … from the rear":
  // a word of scope beside one figure only makes them two quantities, not one that differs.
  const scoped = SCOPE.filter((w) => a.tight.includes(w) !== b.tight.includes(w));
  if (!agree && scoped.length > 0) return { verdict: 'none', reason: `not: ${scoped.join(', ')} on one side only`, support };
  if (!agree && support >= DIFFER_SUPPORT && tight.length > 0 && !otherHolders(a, b))
    return { verdict: 'differ', reason: `same: ${about}, values differ`, support };
  return { verdict: 'none', reason: `not: too little in common (${evidence.join(', ') || 'nothing'})`, support };
}

// An age said a year apart of one person is one quantity: a birthday between two reports ("28", "will turn 29 in April").
const AGE_DRIFT = 1;

/** Ages of one person, named in both reports: one quantity, whatever else the sentences share. */
function samePerson(a: Reading, b: Reading): Match | null {
  if (a.measure !== 'age' || !a.person || a.person !== b.person) return null;
  const about = `the age of ${a.person}`;
  if (valuesAgree(a, b)) return { verdict: 'agree', reason: `same: ${about}`, support: AGREE_SUPPORT };
  const apart = Math.abs((a.quantity.value ?? 0) - (b.quantity.value ?? 0));
  return apart <= AGE_DRIFT
    ? { verdict: 'differ', reason: `same: ${about}, values differ`, support: DIFFER_SUPPORT }
    : { verdict: 'none', reason: `not: ${about} ${a.quantity.value} vs ${b.quantity.value}`, support: 0 };
}

export function valuesAgree(a: Reading, b: Reading): boolean | null {
  if (a.measure === 'score') return a.score !== null && a.score === b.score ? true : null;
  // "a 2880x1800 resolution" gives the width and the height: either agrees ("2880 pixels by 1800", "2,880 by 1,800").
  const [sides, one] = a.quantity.dimensions ? [a.quantity.dimensions, b] : [b.quantity.dimensions, a];
  if (sides) {
    if (one.quantity.dimensions) return sides.join('x') === one.quantity.dimensions.join('x');
    return one.low === null || one.high === null ? null : sides.some((v) => one.low! <= v && v <= one.high!);
  }
  if (a.low === null || a.high === null || b.low === null || b.high === null) return null;
  // Strictly: "seven" (6.5 to 7.5) and "eight" (7.5 to 8.5) only touch.
  return a.low < b.high && b.low < a.high;
}

// Words that narrow what a figure counts.
const SCOPE = [
  'attempted',
  'other',
  'additional',
  'prior',
  'previous',
  'rear',
  'back',
  'base',
  'basic',
  'top',
  'maximum',
  'minimum',
];

const unique = (words: string[]) => [...new Set(words)];

/** Two holders read, with nothing in common even through the other article's names. */
function otherHolders(a: Reading, b: Reading): boolean {
  if (a.holders.length === 0 || b.holders.length === 0) return false;
  const names = a.storyNames ?? b.storyNames ?? {};
  const [x, y] = [widened(a.holders, names), widened(b.holders, names)];
  return !x.some((h) => y.includes(h));
}

/**
 * A holder's words with those of its story's names of two or three words that hold one of them: "Red Sox" where
 * another report writes "Boston Red Sox" is also its "Boston". Only the CLI groups
 * stories; the background reads a holder with its own article's names (reading.ts).
 */
function widened(holders: string[], known: Record<string, number>): string[] {
  const words = new Set(holders);
  for (const name of Object.keys(known)) {
    const parts = name.split(' ');
    if (parts.length > 1 && parts.length <= 3 && holders.some((h) => parts.includes(h))) for (const p of parts) words.add(p);
  }
  return [...words];
}

/** The holder two readings share, in words, or null. */
function sharedHolder(a: Reading, b: Reading): string | null {
  // A sentence's opening name stands for a holder here, never against one.
  const names = a.storyNames ?? b.storyNames ?? {};
  const [x, y] = [
    widened(a.holders.length > 0 ? a.holders : a.opener, names),
    widened(b.holders.length > 0 ? b.holders : b.opener, names),
  ];
  const shared = x.filter((h) => y.includes(h));
  return shared.length > 0 ? shared.join(' ') : null;
}

/**
 * Figures whose owner is a state on both sides ("North Korean troops", "Pyongyang has sent") are compared by the
 * owner, place and event rules of relation.ts, made for them: another place is a narrower or wider quantity, not this one.
 */
export function ownedMatch(a: Reading, b: Reading): Match | null {
  if (!a.subject?.owner || !b.subject?.owner) return null;
  // A state owns counts (troops, drones, people); an age, a sum or a length is not a state's for these rules.
  if (a.measure !== 'count' || b.measure !== 'count') return null;
  const c = compareFigures(
    { quantity: a.quantity, subject: a.subject, publishedAt: null },
    { quantity: b.quantity, subject: b.subject, publishedAt: null },
  );
  if (c && (c.relation === 'agree' || c.relation === 'differ')) return { verdict: c.relation, reason: c.reason, support: 10 };
  return { verdict: 'none', reason: `not: ${c?.reason ?? 'other owner, thing or event'}`, support: 0 };
}

/**
 * Two reports of one story giving the same figure, of two significant digits or more ("$160 million", "4,051",
 * "0.71"), most likely give one quantity; small whole numbers ("two", "eight") recur for many things.
 */
function sameDistinctiveFigure(a: Reading, b: Reading): boolean {
  // The same range, however written: "between $140 million and $150 million", "$140-150MM".
  const [p, q] = [a.quantity, b.quantity];
  if (p.value === null && q.value === null && p.low !== null && p.low === q.low && p.high !== null && p.high === q.high)
    return true;
  const [x, y] = [a.quantity.value, b.quantity.value];
  // The written number counts, whatever its qualifier: "as high as $184 million" and "$184 million".
  if (x === null || x !== y || a.quantity.approx === 'vague' || b.quantity.approx === 'vague') return false;
  // A sum of millions in one story is rarely a coincidence, even a round one ("an estimated $1 million in damage").
  if (a.measure.startsWith('money:') && a.measure === b.measure && x >= 1e6) return true;
  return String(x).replace(/\D|0+$/g, '').length >= 2 && !(Number.isInteger(x) && x < 13);
}

/**
 * Two names both articles know, each beside one figure only: "the MacBook Air … 1.7GHz" and "the Retina … 2.3GHz",
 * the Nationals' offer and the Angels'. Each figure is tied to a different one of the story's names.
 */
function rivalNames(a: Reading, b: Reading): string | null {
  const onlyA = a.names.filter((n) => !b.names.includes(n) && n in b.known && !n.includes(' '));
  const onlyB = b.names.filter((n) => !a.names.includes(n) && n in a.known && !n.includes(' '));
  const shared = a.names.some((n) => b.names.includes(n));
  return !shared && onlyA.length > 0 && onlyB.length > 0 ? `${onlyA[0]} vs ${onlyB[0]}` : null;
}
