import type { ViewDay } from '@/lib/admin/dashboard';

const WIDTH = 600;
const HEIGHT = 200;
const TOP = 10;
const BOTTOM = 24;
const LEFT = 36;

/** "29 Nov" from YYYY-MM-DD, without a time zone's shift. */
function shortDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/**
 * Page views per day as bars, drawn on the server (SVG, no script): the image has a caption by
 * aria-labelledby and each bar a <title>; the same numbers follow in a table for screen readers
 * (visually hidden).
 */
export function ViewsChart({ days, captionId }: { days: ViewDay[]; captionId: string }) {
  const max = Math.max(1, ...days.map((d) => d.views));
  const total = days.reduce((sum, d) => sum + d.views, 0);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.7);
  return (
    <figure>
      <figcaption id={captionId} className="text-slate-700">
        Page views per day over the last {days.length} days: {total.toLocaleString('en-GB')} in all
        {total > 0 ? `, ${max.toLocaleString('en-GB')} on the busiest day` : ''}.
      </figcaption>
      <svg role="img" aria-labelledby={captionId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-3 h-auto w-full max-w-3xl" preserveAspectRatio="xMidYMid meet">
        <line x1={LEFT} y1={TOP + plotHeight} x2={WIDTH} y2={TOP + plotHeight} stroke="#475569" strokeWidth="1" />
        <text x={LEFT - 4} y={TOP + 8} textAnchor="end" fontSize="11" fill="#334155">{max}</text>
        <text x={LEFT - 4} y={TOP + plotHeight} textAnchor="end" fontSize="11" fill="#334155">0</text>
        {days.map((d, i) => {
          const height = (d.views / max) * plotHeight;
          const x = LEFT + i * slot + (slot - barWidth) / 2;
          return (
            <rect key={d.day} x={x} y={TOP + plotHeight - height} width={barWidth} height={Math.max(height, d.views > 0 ? 1 : 0)} fill="#1d4ed8">
              <title>{`${shortDay(d.day)}: ${d.views} ${d.views === 1 ? 'view' : 'views'}`}</title>
            </rect>
          );
        })}
        {days.length > 0 ? (
          <>
            <text x={LEFT} y={HEIGHT - 6} fontSize="11" fill="#334155">{shortDay(days[0]!.day)}</text>
            <text x={WIDTH} y={HEIGHT - 6} textAnchor="end" fontSize="11" fill="#334155">{shortDay(days[days.length - 1]!.day)}</text>
          </>
        ) : null}
      </svg>
      {/* The numbers for screen readers: visually hidden, read in place of the image's bars. */}
      <div className="sr-only">
          <table className="w-full max-w-sm border-collapse text-left text-sm">
            <caption className="sr-only">Page views per day, oldest first</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">Day</th>
                <th scope="col" className="py-1 text-right">Views</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 font-normal"><time dateTime={d.day}>{shortDay(d.day)}</time></th>
                  <td className="py-1 text-right tabular-nums">{d.views}</td>
                </tr>
              ))}
            </tbody>
          </table>
      </div>
    </figure>
  );
}
