/** One booking drawn on a grid track (coloured by state), with its setup/cleanup buffer and a tooltip. */
import { CheckCircleFilled, ClockCircleOutlined, HourglassOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/bookings';
import { clockTime } from '../../../../shared/time';
import { placeOnAxis, type DayBounds } from '../grid-model';
import { GRID_COLORS } from '../labels';

/** Props: the booking, the day it is drawn on, whether it is mine, compact (week view) and the click. */
export type BookingBlockProps = { booking: Booking; bounds: DayBounds; zone: string; mine: boolean; compact?: boolean; onOpen: (b: Booking) => void };

/** The block, or nothing when the booking lies outside the drawn hours. */
export function BookingBlock({ booking: b, bounds, zone, mine, compact, onOpen }: BookingBlockProps) {
  const { t } = useTranslation();
  const pos = placeOnAxis(b.startAt, b.endAt, bounds);
  if (!pos) return null;
  const buffer = b.blockStart < b.startAt || b.blockEnd > b.endAt ? placeOnAxis(b.blockStart, b.blockEnd, bounds) : undefined;
  const c = GRID_COLORS[b.status];
  const time = `${clockTime(b.startAt, zone)}–${clockTime(b.endAt, zone)}`;
  const icon = b.checkedInAt ? <CheckCircleFilled /> : b.status === 'pending' ? <HourglassOutlined /> : b.status === 'held' ? <ClockCircleOutlined /> : null;
  const tip = (
    <div>
      <div style={{ fontWeight: 600 }}>{b.title}</div>
      <div>{time} · {t(`bookings.status.${b.status}`)}</div>
      {b.bookedByName && <div>{t('bookings.bookedBy', { name: b.bookedByName })}</div>}
      {b.checkedInAt && <div>{t('bookings.checkedIn')}</div>}
    </div>
  );
  const classes = ['hw-grid-booking', mine ? 'is-mine' : '', b.status === 'tentative' ? 'is-tentative' : ''].filter(Boolean).join(' ');
  return (
    <>
      {buffer && <div className="hw-grid-buffer" style={{ left: `${buffer.left}%`, width: `${buffer.width}%` }} />}
      <Tooltip title={tip} mouseEnterDelay={0.3}>
        <button
          type="button"
          className={classes}
          data-status={b.status}
          data-booking-id={b.id}
          aria-label={`${b.title} ${time} ${t(`bookings.status.${b.status}`)}`}
          style={{ left: `${pos.left}%`, width: `${pos.width}%`, background: c.bg, borderColor: c.border, color: c.text }}
          onPointerDown={(e) => e.stopPropagation()}
          onClick={(e) => {
            e.stopPropagation();
            onOpen(b);
          }}
        >
          {!compact && (
            <>
              <div className="hw-grid-booking-title">{icon} {b.title}</div>
              <div className="hw-grid-booking-sub">{time}{b.bookedByName ? ` · ${b.bookedByName}` : ''}</div>
            </>
          )}
        </button>
      </Tooltip>
    </>
  );
}
