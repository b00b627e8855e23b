import { readFileSync } from 'node:fs';
import { extractClaims } from '../../lib/claims/extract';
import { expect, test } from 'vitest';
import { SPEAKER_RULES } from '../../lib/claims/speaker-rules';
import { CUE_RULES, CUE_STEPS } from '../../lib/claims/cue-rules';
import { DOC, documentedCueRules, documentedRules } from '../../scripts/rules-statements';

test('docs/rules-statements.md lists the speaker rules of lib/claims/speaker-rules.ts, in their order', () => {
  // After a rule is added, renamed or moved, `npm run --silent rules:statements` writes the table again.
  expect(documentedRules(readFileSync(DOC, 'utf8'))).toEqual(SPEAKER_RULES.map((r) => [r.id, r.resolution]));
  expect(SPEAKER_RULES.length).toBeGreaterThan(10);
});

test('docs/rules-statements.md lists the cue rules of lib/claims/cue-rules.ts, in their order', () => {
  expect(documentedCueRules(readFileSync(DOC, 'utf8'))).toEqual([...CUE_STEPS, ...CUE_RULES].map((r) => r.id));
});

test('each speaker rule fires on its real passage (those marked abridged are cut from texts too long to quote)', () => {
  for (const rule of SPEAKER_RULES.filter((r) => !r.source.startsWith('abridged'))) {
    const fired = new Set<string>();
    extractClaims(rule.example, (hit) => fired.add(hit.rule));
    expect([...fired], rule.id).toContain(`speaker-${rule.id}`);
  }
});
