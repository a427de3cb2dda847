/** Arrivals per minute over the last hour as a small SVG bar chart (60 bars, a time every 10 minutes), readable on a phone. */
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../../../shared/time';

const W = 600;
const H = 120;
const TOP = 14;

/** The chart; an empty hour says so instead of drawing flat nothing. Bars in SVG (stretched to the width), times in HTML (never squashed). */
export function PerMinuteChart({ perMinute, zone }: { perMinute: readonly (readonly [number, number])[]; zone: string }) {
  const { t } = useTranslation();
  const max = Math.max(0, ...perMinute.map(([, n]) => n));
  if (!perMinute.length || max === 0) return <div className="hw-muted" data-testid="per-minute-empty">{t('checkin.dash.perMinuteEmpty')}</div>;
  const slot = W / perMinute.length;
  return (
    <div className="hw-dash-chart" data-testid="per-minute-chart">
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={t('checkin.dash.perMinute')}>
        <line x1={0} x2={W} y1={H - 0.5} y2={H - 0.5} stroke="rgba(0,0,0,.15)" />
        {perMinute.map(([at, n], i) =>
          n > 0 ? (
            <rect key={at} className="bar" x={i * slot + 1} y={H - (n / max) * (H - TOP)} width={Math.max(1, slot - 2)} height={(n / max) * (H - TOP)}>
              <title>{`${clockTime(at, zone)} · ${n}`}</title>
            </rect>
          ) : null,
        )}
      </svg>
      <span className="hw-dash-chart-max">{max}</span>
      <div className="hw-dash-chart-axis">
        {perMinute.map(([at], i) => (i % 15 === 0 ? <span key={at} style={{ insetInlineStart: `${(i / perMinute.length) * 100}%` }}>{clockTime(at, zone)}</span> : null))}
      </div>
    </div>
  );
}
