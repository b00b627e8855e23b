import { type Article, readArticle } from './clusters';
import { matchReadings } from './match';
import type { Reading } from './reading';
import { readStory, sameStory } from './story';

/**
 * What the figure at `offset` of article `id` was read as (thing, holder,
 * event, place, time, story) and, for each figure of the other articles that
 * could be the same quantity, why it was or was not matched. Null when no
 * figure is there.
 */
export function explainFigure(articles: Article[], id: string, offset: number): string | null {
  const article = articles.find((a) => a.id === id);
  const reading = article ? readArticle(article).find((r) => r.quantity.start <= offset && offset < r.quantity.end) : undefined;
  if (!article || !reading) return null;
  const q = reading.quantity;
  const story = readStory(article.text, article.publishedAt);
  const lines = [
    `${id}:${q.start} "${q.text}" read as ${describeReading(reading)}`,
    `  story: ${topNames(story.names)}, dated ${story.date ?? 'not dated'}`,
  ];
  for (const other of articles) {
    if (other === article) continue;
    const st = sameStory(story, readStory(other.text, other.publishedAt));
    if (st.verdict !== 'same') {
      lines.push(`  ${other.id}: other story (${st.why})`);
      continue;
    }
    for (const r of readArticle(other)) {
      const oq = r.quantity;
      if (r.measure !== reading.measure) continue;
      const m = matchReadings(reading, r);
      lines.push(`  ${other.id}:${oq.start} "${oq.text}": ${m.verdict === 'none' ? 'no' : m.verdict} — ${m.reason}`);
    }
  }
  return lines.join('\n');
}

/** "count: people = 2; event killed; holder none; from none; days thursday; near: …": a reading in one line. */
export function describeReading(r: Reading): string {
  const value = r.score ?? (r.low === r.high ? `${r.low}` : `${r.low}–${r.high}`);
  return [
    `${r.measure}${r.thing && r.thing !== r.measure ? `: ${r.thing}` : ''} = ${value}`,
    `event ${r.event ?? 'none'}`,
    `holder ${r.holders.join(' ') || (r.opener.length > 0 ? `none (opens with ${r.opener.join(' ')})` : 'none')}`,
    `place (measured from) ${r.from ?? 'none'}`,
    `time ${r.days.join('/') || 'none'}`,
    `names near ${r.names.join(' ') || 'none'}`,
    `words near: ${r.words.join(' ')}`,
  ].join('; ');
}

function topNames(names: Record<string, number>): string {
  return Object.entries(names)
    .filter(([n]) => !n.includes(' '))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([n]) => n)
    .join(', ');
}
