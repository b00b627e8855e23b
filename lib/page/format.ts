import type { Quantity } from '../claims/types';

const SIGNS: Record<string, string> = { approx: '≈ ', min: '≥ ', max: '≤ ', exact: '', vague: '' };
const CURRENCY: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥', INR: '₹', RUB: '₽', UAH: '₴' };

/** A figure as plain English digits: 1600000 → "1,600,000", 0.6667 → "0.67". */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A quantity normalised for the card: "≈ 10,000 troops", "3–4 units", "$61,000,000,000", "40%", "dozens". */
export function formatQuantity(q: Quantity): string {
  if (q.approx === 'vague') return q.unit ? `${q.text} of ${q.unit}` : q.text;
  const figure =
    q.low !== null && q.high !== null
      ? `${formatNumber(q.low)}–${formatNumber(q.high)}`
      : q.value === null
        ? q.text
        : formatNumber(q.value);
  const money = q.kind === 'money' && q.currency ? (CURRENCY[q.currency] ?? `${q.currency} `) : '';
  const suffix = q.kind === 'percent' ? '%' : q.kind === 'ratio' ? ':1' : q.unit ? ` ${q.unit}` : '';
  return `${SIGNS[q.approx] ?? ''}${money}${figure}${suffix}`;
}
