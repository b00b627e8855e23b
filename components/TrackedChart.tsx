import type { TrackedFigure, TrackedPoint } from '@/lib/compare/tracked';
import { formatNumber, formatQuantity } from '@/lib/page/format';
import { layoutTimeline, plural } from './tracked-layout';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 64, right: 16, top: 16, bottom: 36 };

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// When a point is from: its page's publish date, when it was saved, or when its page was seen updated.
const whenOf = (p: TrackedPoint) =>
  p.updatedFrom !== null ? `${day(p.date)}, seen updated` : p.dated ? day(p.date) : `no date (saved ${day(p.date)})`;

/**
 * A tracked quantity as a timeline: each saved figure by its page's publish
 * date (figures of one day side by side), figures from undated pages apart
 * at the right, each labelled with its source; plain SVG, no chart library.
 */
export function TrackedChart({ figure }: { figure: TrackedFigure }) {
  const { points } = figure;
  const { xs, undatedLeft } = layoutTimeline(points, PAD.left, WIDTH - PAD.right);
  const top = Math.max(...points.map((p) => p.value)) * 1.15 || 1;
  const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = [0, top / 2, top].map((v) => Number(v.toPrecision(2)));
  const dated = points.flatMap((p, i) => (p.dated ? [{ p, x: xs[i] ?? 0 }] : []));
  const sources = new Set(points.map((p) => p.site)).size;
  return (
    <figure class="tracked">
      <figcaption>
        {figure.topic}{' '}
        <span class="count">
          · {plural(points.length, 'figure')} from {plural(sources, 'source')}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${figure.topic} over time`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} class="grid" />
            <text x={PAD.left - 6} y={y(t) + 4} text-anchor="end">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {dated.length > 1 && <polyline class="trend" points={dated.map(({ p, x }) => `${x},${y(p.value)}`).join(' ')} />}
        {undatedLeft !== null && <line class="apart" x1={undatedLeft} x2={undatedLeft} y1={PAD.top} y2={HEIGHT - PAD.bottom} />}
        {points.some((p) => !p.dated) && (
          <text x={((undatedLeft ?? PAD.left) + WIDTH - PAD.right) / 2} y={HEIGHT - 10} text-anchor="middle">
            {dated.length === 0 ? 'no publish dates: in the order saved' : 'no publish date'}
          </text>
        )}
        {points.map((p, i) => (
          <g key={`${p.annotationId}:${p.quantity.start}`}>
            <circle class={p.updatedFrom !== null ? 'update' : p.dated ? '' : 'undated'} cx={xs[i]} cy={y(p.value)} r={5}>
              <title>
                {formatQuantity(p.quantity)} · {p.speaker ?? p.site} · {p.title} ({whenOf(p)})
              </title>
            </circle>
            <text
              x={(xs[i] ?? 0) + ((xs[i] ?? 0) > WIDTH * 0.6 ? -8 : 8)}
              y={y(p.value) - 8 - (i % 2) * 12}
              text-anchor={(xs[i] ?? 0) > WIDTH * 0.6 ? 'end' : 'start'}
              class="label"
            >
              {formatNumber(p.value)} · {p.updatedFrom !== null ? 'updated' : p.site}
            </text>
          </g>
        ))}
        {dated.length > 0 && (
          <>
            <text x={dated[0]?.x} y={HEIGHT - 10} text-anchor="middle">
              {day(dated[0]?.p.date ?? 0)}
            </text>
            {day(dated.at(-1)?.p.date ?? 0) !== day(dated[0]?.p.date ?? 0) && (
              <text x={dated.at(-1)?.x} y={HEIGHT - 10} text-anchor="middle">
                {day(dated.at(-1)?.p.date ?? 0)}
              </text>
            )}
          </>
        )}
      </svg>
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Figure</th>
            <th scope="col">Who said it</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={`${p.annotationId}:${p.quantity.start}`}>
              <td>{whenOf(p)}</td>
              <td>
                {formatQuantity(p.quantity)}
                {p.updatedFrom !== null && <span class="update"> (updated from {formatNumber(p.updatedFrom)})</span>}
              </td>
              <td>{p.speaker ?? '—'}</td>
              <td>
                <a href={/^https?:\/\//i.test(p.url) ? p.url : undefined} target="_blank" rel="noopener noreferrer">
                  {p.title || p.site}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
