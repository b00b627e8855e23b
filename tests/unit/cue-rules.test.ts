import { describe, expect, test } from 'vitest';
import { CUE_RULES, CUE_STEPS } from '@/lib/claims/cue-rules';
import { extractClaims } from '@/lib/claims/extract';

// Every cue rule has a real sentence, and that sentence makes the rule fire (as `extract --explain` shows).
describe('cue rules and their sentences', () => {
  const rules = [...CUE_STEPS, ...CUE_RULES];

  test('rule ids are unique', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  test.each(rules.map((r) => [r.id, r.example] as const))('%s fires on its sentence', (rule, sentence) => {
    const fired = new Set<string>();
    extractClaims(sentence, (hit) => fired.add(hit.rule));
    expect([...fired]).toContain(rule);
  });
});
