// Writes docs/rules-quantities.md from the rule tables (lib/claims/quantity-rules.ts) and their real examples
// (lib/claims/quantity-examples.ts): npm run rules:quantities. tests/unit/quantity-rules.test.ts fails when the
// committed page differs from what this writes, so the page is never edited by hand.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { rulesDoc } from '../lib/claims/quantity-examples';

writeFileSync(new URL('../docs/rules-quantities.md', import.meta.url), await format(rulesDoc(), { parser: 'markdown' }));
console.log('docs/rules-quantities.md written');
