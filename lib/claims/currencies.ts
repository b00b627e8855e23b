import { adjacent, isAllUpper, type Token } from './tokens';

// Currencies as the text writes them, each mapped to its ISO 4217 code. The example of each table is a real
// sentence; docs/rules-quantities.md lists them. A hand table rather than a package: the codes news text uses
// are few, and a full ISO list (about 180 codes with names) would add kilobytes to every page for nothing.

/** Signs written before the figure: "$61 billion", "£3m", "₹1,200 crore", "Rs. 3,500". */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map(
  Object.entries({ $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', Rs: 'INR' }),
);

/** The country of a dollar sign written against it: "US$13bn", "Cdn$400bn", "HK$2", "$US91.8 billion". */
export const DOLLAR_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries({ us: 'USD', 'u.s.': 'USD', c: 'CAD', cdn: 'CAD', a: 'AUD', au: 'AUD', nz: 'NZD', hk: 'HKD', s: 'SGD' }),
);

/**
 * Codes and names written against the figure, or before it ("euro1.3 trillion" in AP's style, "RM12.40",
 * "USD2,300", "EUR 5bn"). The tokenizer splits a word made of one of these and digits.
 */
const PREFIX_CODES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    euro: 'EUR',
    eur: 'EUR',
    usd: 'USD',
    gbp: 'GBP',
    rm: 'MYR',
    rs: 'INR',
    inr: 'INR',
    aud: 'AUD',
    cad: 'CAD',
    chf: 'CHF',
    sgd: 'SGD',
    hkd: 'HKD',
    jpy: 'JPY',
    cny: 'CNY',
    rmb: 'CNY',
    nzd: 'NZD',
    zar: 'ZAR',
    idr: 'IDR',
    ngn: 'NGN',
    kes: 'KES',
    // "a paltry Sh15.4 billion for Covid-19 fight in its expansive Sh3.6 trillion budget" (Daily Nation, Kenya),
    // "a Ksh2.7 trillion budget" (University of Nairobi). (Uganda's and Tanzania's shillings are written USh, TSh.)
    sh: 'KES',
    ksh: 'KES',
    sek: 'SEK',
    nok: 'NOK',
    dkk: 'DKK',
    rub: 'RUB',
    brl: 'BRL',
    mxn: 'MXN',
    krw: 'KRW',
  }),
);
export const GLUED_CURRENCY_CODES: ReadonlySet<string> = new Set(PREFIX_CODES.keys());

/** Currency names written after the figure: "200 million euros", "750 billion euro", "33,000 pounds". */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    dollars: 'USD',
    dollar: 'USD',
    euros: 'EUR',
    euro: 'EUR',
    pounds: 'GBP',
    sterling: 'GBP',
    yen: 'JPY',
    yuan: 'CNY',
    rubles: 'RUB',
    roubles: 'RUB',
    hryvnias: 'UAH',
    rupees: 'INR',
    // Names only one currency has (not "pesos", "francs", "lira", "won": several countries' or a verb).
    rand: 'ZAR',
    baht: 'THB',
    ringgit: 'MYR',
    zloty: 'PLN',
    zlotys: 'PLN',
    shekels: 'ILS',
    naira: 'NGN',
    kronor: 'SEK',
    rupiah: 'IDR',
    reais: 'BRL',
    forints: 'HUF',
    usd: 'USD',
    eur: 'EUR',
    gbp: 'GBP',
  }),
);

/** "U.S. dollars", "Canadian dollars": dollars named by their country (other currencies' names say which they are). */
const DOLLAR_COUNTRIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'u.s.': 'USD',
    us: 'USD',
    american: 'USD',
    canadian: 'CAD',
    australian: 'AUD',
    singapore: 'SGD',
    taiwan: 'TWD',
    'new zealand': 'NZD',
    'hong kong': 'HKD',
  }),
);

/** Currencies several countries name alike, named with their country: "10,000 Swiss francs", "Mexican pesos". */
const COUNTRY_CURRENCIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'swiss francs': 'CHF',
    'mexican pesos': 'MXN',
    'philippine pesos': 'PHP',
    'argentine pesos': 'ARS',
    'chilean pesos': 'CLP',
    'colombian pesos': 'COP',
    'turkish lira': 'TRY',
    'turkish liras': 'TRY',
    'swedish crowns': 'SEK',
    'norwegian crowns': 'NOK',
    'norwegian kroner': 'NOK',
    'danish kroner': 'DKK',
    'danish crowns': 'DKK',
  }),
);

/** The hundredth parts: "57 cents per share", "99 pence"; money in the currency's whole units. */
export const HUNDREDTHS: ReadonlySet<string> = new Set(['cents', 'cent', 'pence', 'penny']);

/** The currency named at tokens[i]: "dollars", "euros", "U.S. dollars", "Hong Kong dollars"; else null. */
export function currencyWordAt(tokens: Token[], i: number): string | null {
  const word = tokens[i];
  if (word === undefined) return null;
  const direct = CURRENCY_WORDS.get(word.lower) ?? COUNTRY_CURRENCIES.get(`${word.lower} ${tokens[i + 1]?.lower}`);
  if (direct !== undefined) return direct;
  for (const words of [1, 2]) {
    const after = tokens[i + words];
    if (after?.lower !== 'dollars' && after?.lower !== 'dollar') continue;
    const country = tokens
      .slice(i, i + words)
      .map((t) => t.lower)
      .join(' ');
    return DOLLAR_COUNTRIES.get(country) ?? null;
  }
  return null;
}

/** "trillion-euro" in "a 1 trillion-euro budget", "bn-euro": a scale and a currency in one word; else null. */
export function scaledCurrency(word: Token | undefined, scales: ReadonlyMap<string, number>): [number, string] | null {
  const hyphen = word?.kind === 'word' ? word.lower.indexOf('-') : -1;
  if (word === undefined || hyphen < 1) return null;
  const scale = scales.get(word.lower.slice(0, hyphen));
  const currency = CURRENCY_WORDS.get(word.lower.slice(hyphen + 1));
  return scale !== undefined && currency !== undefined ? [scale, currency] : null;
}

/** The currency written before the figure that starts at or after tokens[i] ("$", "Rs.", "US$"), and its index. */
export function signAt(tokens: Token[], i: number): { currency: string; figure: number } | null {
  const first = tokens[i] as Token;
  const next = tokens[i + 1];
  const code = DOLLAR_CODES.get(first.lower);
  // ("US $61.10": the code may stand apart when written in capitals; "to hk $ 10.05 billion" (Recognizers-Text
  // CurrencyModel, from the Penn Treebank's WSJ text): or where every part is written apart.)
  const spaced = !adjacent(next, tokens[i + 2]);
  const joined = adjacent(first, next) || first.text === 'US' || (spaced && first.text !== 'a' && first.text !== 'A');
  if (code !== undefined && next?.text === '$' && joined && tokens[i + 2]?.kind === 'number') {
    return { currency: code, figure: i + 2 };
  }
  const prefix = PREFIX_CODES.get(first.lower);
  // "euro1.3 trillion", "RM12.40" glued; "EUR 5bn" spaced only when written as a code.
  if (prefix !== undefined && next?.kind === 'number' && (adjacent(first, next) || isAllUpper(first.text, 3))) {
    return { currency: prefix, figure: i + 1 };
  }
  const sign = CURRENCY_SIGNS.get(first.text);
  if (sign === undefined || next === undefined) return null;
  const after = DOLLAR_CODES.get(next.lower);
  if (sign === 'USD' && after !== undefined && adjacent(first, next) && adjacent(next, tokens[i + 2])) {
    return tokens[i + 2]?.kind === 'number' ? { currency: after, figure: i + 2 } : null;
  }
  // "Rs. 3,500": an abbreviated sign may have its stop.
  const figure = next.text === '.' && first.kind === 'word' ? i + 2 : i + 1;
  return tokens[figure]?.kind === 'number' ? { currency: sign, figure } : null;
}

/**
 * "$US1 million ($1.52 million)": where dollars of the United States are written "$US" (as Australian outlets
 * write them), a bare dollar amount in brackets right after is the same sum in the writer's own dollars: AUD,
 * the currency of that style (New Zealand's press writes "US$"). The converted amount's currency, else null.
 */
export function localDollar(
  text: string,
  before: { text: string; end: number; currency: string | null },
  q: { text: string; start: number; currency: string | null },
): string | null {
  if (q.currency !== 'USD' || before.currency !== 'USD' || !q.text.startsWith('$') || !/^\$US\d/.test(before.text)) return null;
  return text.slice(before.end, q.start).trim() === '(' ? 'AUD' : null;
}

/** Words a quantity can begin with because they write its currency. */
export const CURRENCY_STARTS: readonly string[] = [
  ...[...CURRENCY_SIGNS.keys()].map((sign) => sign.toLowerCase()),
  ...DOLLAR_CODES.keys(),
  ...PREFIX_CODES.keys(),
];
