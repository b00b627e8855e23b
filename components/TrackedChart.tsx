import type { TrackedFigure } from '@/lib/compare/tracked';
import { formatNumber, formatQuantity } from '@/lib/page/format';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 64, right: 16, top: 12, bottom: 36 };

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A tracked quantity as a timeline: each saved figure by date, labelled with its source; plain SVG, no chart library. */
export function TrackedChart({ figure }: { figure: TrackedFigure }) {
  const { points } = figure;
  const first = points[0]?.date ?? 0;
  const last = points.at(-1)?.date ?? first;
  const span = Math.max(last - first, 86_400_000);
  const top = Math.max(...points.map((p) => p.value)) * 1.15 || 1;
  const x = (date: number) => PAD.left + ((date - first) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = [0, top / 2, top].map((v) => Number(v.toPrecision(2)));
  return (
    <figure class="tracked">
      <figcaption>
        {figure.topic}: {points.length} figures from {new Set(points.map((p) => p.site)).size} sources
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
        <polyline class="trend" points={points.map((p) => `${x(p.date)},${y(p.value)}`).join(' ')} />
        {points.map((p) => (
          <g key={`${p.annotationId}:${p.quantity.start}`}>
            <circle cx={x(p.date)} cy={y(p.value)} r={5}>
              <title>
                {formatQuantity(p.quantity)} · {p.speaker ?? p.site} · {p.title} ({day(p.date)})
              </title>
            </circle>
            <text x={x(p.date) + 7} y={y(p.value) - 7} class="label">
              {formatNumber(p.value)} · {p.site}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 10}>
          {day(first)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 10} text-anchor="end">
          {day(last)}
        </text>
      </svg>
      <table>
        <thead>
          <tr>
            <th>Date</th>
            <th>Figure</th>
            <th>Who said it</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={`${p.annotationId}:${p.quantity.start}`}>
              <td>{day(p.date)}</td>
              <td>{formatQuantity(p.quantity)}</td>
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
