import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { CLAIMS, ROOT } from '../../scripts/paths';

let bundle: Promise<string> | null = null;

/** The card and its styles bundled for a plain page: `@/` is the project root, `?inline` CSS is its text. */
function cardBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [`${ROOT}/tests/browser/card-harness-entry.tsx`],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
    plugins: [
      {
        name: 'claimlens-paths',
        setup(b) {
          b.onResolve({ filter: /^@\// }, async (args) =>
            b.resolve(`./${args.path.slice(2)}`, { resolveDir: ROOT, kind: args.kind, importer: args.importer }),
          );
          b.onResolve({ filter: /\?inline$/ }, (args) => ({
            path: `${args.resolveDir}/${args.path.replace(/\?inline$/, '')}`,
            namespace: 'inline-css',
          }));
          b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({
            contents: readFileSync(args.path, 'utf8'),
            loader: 'text',
          }));
        },
      },
    ],
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return bundle;
}

/** A page with the real claim card open (focus in it) on the claims of sample article 001. */
export async function openCardHarness(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Claim card</title></head><body><main><h1>Article</h1></main></body></html>',
  );
  await page.evaluate(
    (text) => ((window as unknown as { ARTICLE: string }).ARTICLE = text),
    readFileSync(`${CLAIMS}/articles/001.txt`, 'utf8'),
  );
  await page.addScriptTag({ content: await cardBundle() });
  return page;
}
