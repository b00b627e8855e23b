import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { describe, expect, test } from 'vitest';
import { extractClaims } from '@/lib/claims/extract';
import { RULE_EXAMPLES, ruleTables, rulesDoc } from '@/lib/claims/quantity-examples';

// Every quantity rule has a real sentence, and that sentence makes the rule fire (as `extract --explain` shows).
describe('quantity rules and their sentences', () => {
  const ids = ruleTables().flatMap((t) => t.ids);

  test('every rule of the tables has an example, and every example names a rule', () => {
    expect(ids.filter((id) => !RULE_EXAMPLES.some((e) => e.rule === id))).toEqual([]);
    expect(RULE_EXAMPLES.filter((e) => !ids.includes(e.rule)).map((e) => e.rule)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(RULE_EXAMPLES.map((e) => [e.rule, e.sentence] as const))('%s fires on its sentence', (rule, sentence) => {
    const fired = new Set<string>();
    extractClaims(sentence, (hit) => fired.add(hit.rule));
    expect([...fired]).toContain(rule);
  });

  test('docs/rules-quantities.md is the page the tables write (npm run rules:quantities)', async () => {
    const page = await format(rulesDoc(), { parser: 'markdown' });
    expect(readFileSync('docs/rules-quantities.md', 'utf8')).toBe(page);
  });
});
