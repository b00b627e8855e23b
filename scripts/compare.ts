// Finds figures that count the same quantity across articles: npm run --silent compare -- FILE...
// Prints {"clusters":[{"topic","verdict","reason","members":[{"article","text","start","end"}]}]}, the shape
// ../shared/claims/score.mjs reads with --pred-matches. An unreadable file gets a one-line error.
// --explain ARTICLE:OFFSET prints instead what that figure was read as and why each candidate was or was not matched.
import { basename, extname } from 'node:path';
import { extractClaims } from '../lib/claims/extract';
import { type Article, clusterArticles } from '../lib/compare/clusters';
import { explainFigure } from '../lib/compare/explain';
import { readArticle, readError } from './read-article';

function main(args: string[]): number {
  const at = args.indexOf('--explain');
  const target = at >= 0 ? args[at + 1] : undefined;
  const files = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
  if (files.length === 0 || (at >= 0 && !/^[^:]+:\d+$/.test(target ?? ''))) {
    console.error('usage: npm run --silent compare -- [--explain ARTICLE:OFFSET] FILE...');
    return 2;
  }
  let failed = 0;
  const articles: Article[] = [];
  for (const file of files) {
    try {
      const { text, publishedAt } = readArticle(file);
      articles.push({ id: basename(file, extname(file)), text, publishedAt, claims: extractClaims(text).claims });
    } catch (error) {
      failed++;
      console.error(`compare: ${file}: ${readError(error)}`);
    }
  }
  if (target) {
    const [article, offset] = target.split(':') as [string, string];
    const explanation = explainFigure(articles, article, Number(offset));
    if (!explanation) {
      console.error(`compare: no figure at ${target}`);
      return 1;
    }
    console.log(explanation);
    return failed > 0 ? 1 : 0;
  }
  const clusters = clusterArticles(articles).map((c) => ({
    topic: c.reason.replace(/^same: /, ''),
    verdict: c.verdict,
    reason: c.reason,
    members: c.members.map((m) => ({
      article: m.article,
      text: m.reading.quantity.text,
      start: m.reading.quantity.start,
      end: m.reading.quantity.end,
    })),
  }));
  console.log(JSON.stringify({ clusters }, null, 2));
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
