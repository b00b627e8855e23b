/** How a figure is qualified: "about 10,000" is approx, "more than 600,000" min, "dozens" vague. */
export const APPROXES = ['exact', 'approx', 'min', 'max', 'vague'] as const;
export type Approx = (typeof APPROXES)[number];

/**
 * What a figure measures; money, percentages, ratios and scores (a result or a vote: "won 3-0") have no counted noun;
 * a measure has a unit of measurement ("64 kilometres", "2.7GHz", "minus 17 degrees"), normalised in `measureUnit`.
 */
export const QUANTITY_KINDS = ['count', 'money', 'percent', 'ratio', 'fraction', 'score', 'measure'] as const;
export type QuantityKind = (typeof QUANTITY_KINDS)[number];

/** A number expression that counts or measures something (GUIDELINE.md §1). */
export interface Quantity {
  /** The number with its qualifier, without the counted noun: "about 10,000". */
  text: string;
  /** UTF-16 offsets of `text` in the input. */
  start: number;
  end: number;
  /** The figure; null for ranges and vague counts. */
  value: number | null;
  low: number | null;
  high: number | null;
  approx: Approx;
  kind: QuantityKind;
  /** Head noun of what is counted ("troops"), or null. */
  unit: string | null;
  /** ISO code for money ("USD"), else null. */
  currency: string | null;
  /**
   * UTF-16 offsets of the word(s) the unit was read from, when the extractor read one: the counted noun ("troops"),
   * the unit ("square km", "°C", "pounds"), the measure named before ("magnitude"), or, for a left-out noun, the
   * noun it was taken from, which may stand earlier in the text (then `unitEnd <= start`). Absent when the unit was
   * given by a rule, not read ("aged 24": year), and in annotations saved before it was recorded.
   */
  unitStart?: number;
  unitEnd?: number;
  /** For a measure, its unit normalised: "km", "mi", "kg", "lb", "°C", "GHz", "km²" (units.ts, MEASURE_UNITS). */
  measureUnit?: string;
  /** "a 2880x1800 resolution": the dimensions of a size written as one figure (its value is null). */
  dimensions?: number[];
}

export const ATTRIBUTION_TYPES = ['direct', 'indirect', 'according-to'] as const;
export type AttributionType = (typeof ATTRIBUTION_TYPES)[number];

/** Content tied to a source through a cue (GUIDELINE.md §2). */
export interface Attribution {
  /** Canonical name: the fullest form of the source used in the text. */
  speaker: string;
  /** The source as written here ("she", "Kirby"). */
  speakerText: string;
  role: string | null;
  cue: string;
  type: AttributionType;
  content: string;
  /** UTF-16 offsets of `content` in the input. */
  contentStart: number;
  contentEnd: number;
  cueStart: number;
  cueEnd: number;
  /** UTF-16 offsets of the source as written in this sentence (the mention), when it names one. */
  speakerStart?: number;
  speakerEnd?: number;
  /** How `speaker` was found from `speakerText`; "unresolved" when the evidence did not hold: shown as written. */
  resolution?: Resolution;
  /** Offset where `speaker` was named in full, when found through a surname, pronoun or description. */
  namedAt?: number;
}

/** How a speaker was resolved: named here, by a surname, a pronoun, a role ("the minister"), or not at all. */
export const RESOLUTIONS = ['name', 'surname', 'pronoun', 'role', 'unresolved'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** One sentence holding quantities, attributions or both: what the page highlights and the reader saves. */
export interface Claim {
  text: string;
  start: number;
  end: number;
  quantities: Quantity[];
  attributions: Attribution[];
}

export interface Extraction {
  quantities: Quantity[];
  attributions: Attribution[];
  claims: Claim[];
}

/** A rule that fired while reading an item, for `extract --explain`: its id and the text it read. */
export interface RuleHit {
  rule: string;
  /** UTF-16 offsets of what the rule read; an item's explanation is every hit overlapping its span. */
  start: number;
  end: number;
  detail?: string;
}

/** Receives rule hits when the caller asks why; absent in normal runs, so rules cost nothing extra. */
export type Explain = (hit: RuleHit) => void;
