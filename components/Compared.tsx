import type { Relation } from '@/lib/compare/relation';
import { formatNumber, formatQuantity } from '@/lib/page/format';
import type { FigureMatches, SavedMatch } from '@/lib/store/compare';

const LABELS: Record<Relation, string> = {
  agree: 'agrees',
  differ: 'differs',
  narrower: 'narrower',
  wider: 'wider',
  related: 'related',
};

/** "×3.3 saved" or "÷2": how much this figure is over or under the saved one. */
function ratioText(ratio: number | null): string {
  if (ratio === null || ratio === 1) return '';
  return ratio > 1 ? ` ×${formatNumber(Number(ratio.toPrecision(2)))}` : ` ÷${formatNumber(Number((1 / ratio).toPrecision(2)))}`;
}

// Only web addresses become links: a stored URL is never run as script.
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

function Match({ m }: { m: SavedMatch }) {
  const date = m.page.publishedAt?.slice(0, 10) ?? `saved ${new Date(m.savedAt).toISOString().slice(0, 10)}`;
  return (
    <li class={`match ${m.comparison.relation}${m.comparison.update ? ' update' : ''}`}>
      <span class="relation">
        {m.comparison.update ? 'updated over time' : LABELS[m.comparison.relation]}
        {m.comparison.relation === 'differ' || m.comparison.relation === 'agree' ? ratioText(m.comparison.ratio) : ''}
      </span>{' '}
      <span class="figure">{formatQuantity(m.quantity)}</span>
      {m.speaker && <span class="said"> · {m.speaker}</span>}
      <span class="meta">
        <a href={safeHref(m.page.url)} target="_blank" rel="noopener noreferrer" title={m.text}>
          {m.page.title || m.page.site}
        </a>{' '}
        · {m.page.site} · {date}
      </span>
      <span class="reason">{m.comparison.reason}</span>
    </li>
  );
}

/** The saved figures one figure of the page matched, with verdict, source, speaker and date. */
export function Matches({ figure }: { figure: FigureMatches }) {
  return (
    <ul>
      {figure.matches.map((m) => (
        <Match key={`${m.annotationId}:${m.quantity.start}`} m={m} />
      ))}
    </ul>
  );
}

/** The saved figures this page's figures were compared with: agreeing, differing or related, with sources and dates. */
export function Compared({ figures }: { figures: FigureMatches[] }) {
  if (figures.length === 0) return null;
  return (
    <section class="compared" aria-label="Compared with saved claims">
      {figures.map((f) => (
        <div key={f.start}>
          <p class="topic">Saved figures for {f.topic}:</p>
          <Matches figure={f} />
        </div>
      ))}
    </section>
  );
}
