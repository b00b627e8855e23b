// Converts labelled number and unit cases from two MIT-licensed projects into tests/data/recognizers.json:
// Microsoft's Recognizers-Text (Specs/Number/English, Specs/NumberWithUnit/English) and quantulum3's English test
// set. Only the cases that fit our guideline are kept (GUIDELINE.md §1): sentences of six words or more, figures
// that count or measure (no ordinals, calendar years or a lone "one"), and each case keeps its provenance (file
// and index). The repositories are read from their git directories, outside this repository:
//   RECOGNIZERS_GIT=/path/to/Recognizers-Text.git QUANTULUM_GIT=/path/to/quantulum3.git npx tsx scripts/recognizers-convert.ts
// (defaults: the mirrors the fetch tool makes under /work/.mirror).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

const RECOGNIZERS = process.env.RECOGNIZERS_GIT ?? '/work/.mirror/microsoft+Recognizers-Text/repo';
const QUANTULUM = process.env.QUANTULUM_GIT ?? '/work/.mirror/nielstron+quantulum3/repo';

/** What a case must yield: a figure overlapping [start, end) with this value (or these bounds). */
export interface Expected {
  text: string;
  start: number;
  end: number;
  value: number | null;
  low?: number;
  high?: number;
  kind?: 'money' | 'percent';
  currency?: string;
}
export interface Case {
  id: string;
  sentence: string;
  expect: Expected[];
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8' });
const show = (dir: string, path: string) => git(dir, 'show', `HEAD:${path}`);

const SPEC_FILES = [
  'Specs/Number/English/NumberModel.json',
  'Specs/Number/English/PercentModel.json',
  'Specs/Number/English/NumberRangeModel.json',
  'Specs/NumberWithUnit/English/CurrencyModel.json',
  'Specs/NumberWithUnit/English/DimensionModel.json',
  'Specs/NumberWithUnit/English/TemperatureModel.json',
  'Specs/NumberWithUnit/English/AgeModel.json',
];
// Hundredths are money in the whole unit for us ("35 cents" is 0.35).
const HUNDREDTHS = new Set(['Cent', 'Pence', 'Penny']);
// Currencies news no longer uses, or that are no currency a reader compares: left out.
const LEFT_OUT_UNITS = new Set(['Bitcoin', 'Satoshi', 'Sen', 'Finnish markka', 'Peseta', 'Netherlands guilder', 'Franc']);

interface Spec {
  Input: string;
  Results: Array<{ Text: string; TypeName: string; Start: number; End: number; Resolution?: Record<string, string | null> }>;
}

/** A sentence of news, not a query: six words or more, mostly in small letters. */
function newsLike(sentence: string): boolean {
  const words = sentence.match(/[A-Za-z]{2,}/g) ?? [];
  return words.length >= 6 && words.filter((w) => /^[a-z]/.test(w)).length >= 3;
}

/** A figure our guideline does not count: a calendar year, a lone "one" (often a pronoun), an ordinal. */
function excludedByGuideline(text: string, type: string): boolean {
  if (type.includes('ordinal')) return true;
  if (/^(1\d{3}|20\d{2}|21\d{2})$/.test(text.trim())) return true;
  return /^(one|a|an)$/i.test(text.trim());
}

/** "[20,30)" → bounds, "20" → a value; null for an open range ("more than 20" has no second bound). */
function resolved(value: string | undefined): Pick<Expected, 'value' | 'low' | 'high'> | null {
  if (value === undefined) return null;
  const range = /^[[(]([-\d.e+]*),([-\d.e+]*)[\])]$/.exec(value);
  if (range) return range[1] && range[2] ? { value: null, low: Number(range[1]), high: Number(range[2]) } : null;
  const n = Number(value);
  return Number.isFinite(n) ? { value: n } : null;
}

function specExpected(r: Spec['Results'][number]): Expected | null | 'skip' {
  const unit = r.Resolution?.unit;
  if (excludedByGuideline(r.Text, r.TypeName) || (unit && LEFT_OUT_UNITS.has(unit))) return 'skip';
  // "convert 51 fahrenheit to degrees celsius": a unit named with no figure (value null) is no figure to find.
  if (r.Resolution?.value === null) return 'skip';
  const figure = resolved(r.Resolution?.value);
  if (figure === null) return null;
  const e: Expected = { text: r.Text, start: r.Start, end: r.End + 1, ...figure };
  if (r.TypeName === 'currency') {
    e.kind = 'money';
    if (unit && HUNDREDTHS.has(unit) && e.value !== null) e.value /= 100;
    const iso = r.Resolution?.isoCurrency;
    if (iso) e.currency = iso;
  }
  if (r.TypeName === 'percentage') e.kind = 'percent';
  return e;
}

function recognizerCases(): Case[] {
  const cases: Case[] = [];
  for (const file of SPEC_FILES) {
    const specs = JSON.parse(show(RECOGNIZERS, file)) as Spec[];
    specs.forEach((spec, index) => {
      if (!newsLike(spec.Input) || spec.Results.length === 0) return;
      const expected = spec.Results.map(specExpected);
      // A case with a figure we cannot state (an open range) is left out whole.
      if (expected.includes(null)) return;
      const kept = expected.filter((e): e is Expected => e !== 'skip' && e !== null);
      if (kept.length > 0) cases.push({ id: `Recognizers-Text ${file}#${index}`, sentence: spec.Input, expect: kept });
    });
  }
  return cases;
}

interface Quantulum {
  req: string;
  res: Array<{ value: number; unit: string; surface: string; uncertainty?: number }>;
}
const QUANTULUM_FILE = 'quantulum3/_lang/en_US/tests/quantities.json';
const QUANTULUM_CURRENCIES: Record<string, string> = { 'pound sterling': 'GBP', 'united states dollar': 'USD', euro: 'EUR' };

function quantulumCases(): Case[] {
  const tests = JSON.parse(show(QUANTULUM, QUANTULUM_FILE)) as Quantulum[];
  const cases: Case[] = [];
  tests.forEach((t, index) => {
    if (!newsLike(t.req) || t.res.length === 0) return;
    let from = 0;
    const expect: Expected[] = [];
    for (const r of t.res) {
      const start = t.req.indexOf(r.surface, from);
      if (start < 0 || excludedByGuideline(r.surface, '')) return;
      from = start + r.surface.length;
      // quantulum3 writes a range as its middle and half its width ("between 44 and 50 mg": 47 ± 3); we, as bounds.
      const range = r.uncertainty ? { value: null, low: r.value - r.uncertainty, high: r.value + r.uncertainty } : null;
      const e: Expected = { text: r.surface, start, end: from, ...(range ?? { value: r.value }) };
      const currency = QUANTULUM_CURRENCIES[r.unit];
      if (currency) [e.kind, e.currency] = ['money', currency];
      if (r.unit === 'percentage') e.kind = 'percent';
      expect.push(e);
    }
    cases.push({ id: `quantulum3 ${QUANTULUM_FILE}#${index}`, sentence: t.req, expect });
  });
  return cases;
}

const LICENCE = [
  'Cases converted by scripts/recognizers-convert.ts from two projects under the MIT License:',
  `microsoft/Recognizers-Text at commit ${git(RECOGNIZERS, 'rev-parse', 'HEAD').trim()}: Copyright (c) Microsoft Corporation. All rights reserved.`,
  `nielstron/quantulum3 at commit ${git(QUANTULUM, 'rev-parse', 'HEAD').trim()}: Copyright (c) 2016 Marco Lagi, nielstron, sohrabtowfighi, grhawk, Rodrigo Castro.`,
  'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.',
  'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = [...recognizerCases(), ...quantulumCases()];
  const out = new URL('../tests/data/recognizers.json', import.meta.url);
  const options = { ...(await resolveConfig(out)), parser: 'json' };
  writeFileSync(out, await format(JSON.stringify({ licence: LICENCE, cases }), options));
  console.log(`tests/data/recognizers.json: ${cases.length} cases`);
}
