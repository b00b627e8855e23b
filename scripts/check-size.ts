// Fails when a script every page parses passes its size budget (gzipped): run after `wxt build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './paths';

/** Gzipped bytes each page-side script may take: every news page the reader opens downloads and parses them. */
const BUDGETS: Array<{ name: string; file: string; kb: number }> = [
  { name: 'content script', file: 'content-scripts/content.js', kb: 30 },
  { name: 'setting reader', file: 'early-setting.js', kb: 1 },
];

let over = 0;
for (const { name, file, kb } of BUDGETS) {
  const gzipped = gzipSync(readFileSync(`${EXTENSION_DIR}/${file}`)).length / 1024;
  const verdict = gzipped <= kb ? 'within' : 'OVER';
  if (gzipped > kb) over++;
  console.log(`${name}: ${gzipped.toFixed(1)} KB gzipped, ${verdict} its budget of ${kb} KB`);
}
process.exitCode = over > 0 ? 1 : 0;
