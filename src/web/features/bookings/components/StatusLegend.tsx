/** The legend of the grid: one swatch per live state, closures and the past. */
import { useTranslation } from 'react-i18next';
import { GRID_COLORS, LEGEND_STATUSES } from '../labels';
import './rooms-grid.css';

/** A row of swatches. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <div className="hw-legend" aria-label={t('bookings.grid.legend')}>
      {LEGEND_STATUSES.map((s) => (
        <span key={s}>
          <span className="hw-legend-swatch" style={{ background: GRID_COLORS[s].bg, borderColor: GRID_COLORS[s].border }} />
          {t(`bookings.status.${s}`)}
        </span>
      ))}
      <span>
        <span className="hw-legend-swatch" style={{ background: 'repeating-linear-gradient(135deg, #e8e8e8 0 3px, #fafafa 3px 6px)', borderColor: '#d9d9d9' }} />
        {t('bookings.grid.closedLegend')}
      </span>
      <span>
        <span className="hw-legend-swatch" style={{ background: 'rgba(0,0,0,.06)', borderColor: '#e8e8e8' }} />
        {t('bookings.grid.pastLegend')}
      </span>
    </div>
  );
}
