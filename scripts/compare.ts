// Finds figures that count the same quantity across articles: npm run --silent compare -- FILE...
// Prints {"clusters":[{"topic","members":[{"article","text","start","end"}]}]}, the shape
// ../shared/claims/score.mjs reads with --pred-matches. An unreadable file gets a one-line error.
import { basename, extname } from 'node:path';
import { extractClaims } from '../lib/claims/extract';
import { clusterFigures, type Member } from '../lib/compare/clusters';
import { passagesOf } from '../lib/compare/context';
import { describePassage } from '../lib/compare/subject';
import { readArticle, readError } from './read-article';

function main(files: string[]): number {
  if (files.length === 0) {
    console.error('usage: npm run --silent compare -- FILE...');
    return 2;
  }
  let failed = 0;
  const members: Array<Member<string>> = [];
  for (const file of files) {
    try {
      const { text, publishedAt } = readArticle(file);
      const article = basename(file, extname(file));
      for (const passage of passagesOf(text, extractClaims(text).claims)) {
        describePassage(passage).forEach((subject, i) => {
          const quantity = passage.quantities[i];
          if (subject && quantity) members.push({ source: article, figure: { quantity, subject, publishedAt } });
        });
      }
    } catch (error) {
      failed++;
      console.error(`compare: ${file}: ${readError(error)}`);
    }
  }
  const clusters = clusterFigures(members).map((c) => ({
    topic: c.topic,
    members: c.members.map((m) => ({
      article: m.source,
      text: m.figure.quantity.text,
      start: m.figure.quantity.start,
      end: m.figure.quantity.end,
    })),
  }));
  console.log(JSON.stringify({ clusters }, null, 2));
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
