/** The week view: rooms × seven days, each day a compact 07:00–23:00 strip; a click on a day opens its day view. */
import { Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { maxCapacity } from '../../venues/labels';
import { dayBounds, placeOnAxis } from '../grid-model';
import { BookingBlock } from './BookingBlock';
import type { RoomsGridProps } from './RoomsDayGrid';
import './rooms-grid.css';

/** The grid of a week starting at `days[0]`. */
export function RoomsWeekGrid({ venues, bookings, closures, zone, now, meId, onOpen, days, today, onPickDay }: RoomsGridProps & {
  days: Dayjs[];
  today: Dayjs;
  onPickDay: (day: Dayjs) => void;
}) {
  const { t } = useTranslation();
  const bounds = days.map((d) => dayBounds(d, zone));

  return (
    <div className="hw-grid hw-grid-week" data-testid="rooms-grid" data-view="week">
      <div className="hw-grid-inner">
        <div className="hw-grid-row hw-grid-head">
          <div className="hw-grid-room">{t('bookings.grid.room')}</div>
          <div className="hw-grid-hours">
            {days.map((d) => (
              <div key={d.valueOf()} className={`hw-grid-hour${d.isSame(today, 'day') ? ' is-today' : ''}`}>{d.format(t('bookings.grid.weekDayFormat'))}</div>
            ))}
          </div>
        </div>
        {venues.map((v) => (
          <div className="hw-grid-row" key={v.id} data-venue-id={v.id}>
            <div className="hw-grid-room" title={v.name}>
              <div className="hw-grid-room-name">{v.name}</div>
              <div className="hw-grid-room-meta">{t('bookings.grid.capacity', { count: maxCapacity(v) })}</div>
            </div>
            <div className="hw-grid-hours">
              {days.map((d, i) => {
                const b = bounds[i];
                const past = now > b.gridStart ? placeOnAxis(b.gridStart, now, b) : undefined;
                const dayBookings = bookings.filter((x) => x.venueId === v.id && x.startAt < b.dayEnd && x.endAt > b.dayStart);
                return (
                  <div
                    key={d.valueOf()}
                    className="hw-grid-track"
                    role="button"
                    tabIndex={0}
                    aria-label={`${v.name} ${d.format('YYYY-MM-DD')} ${t('bookings.grid.bookingsCount', { count: dayBookings.length })}`}
                    onClick={() => onPickDay(d)}
                    onKeyDown={(e) => e.key === 'Enter' && onPickDay(d)}
                  >
                    {past && <div className="hw-grid-past" style={{ width: `${past.width}%` }} />}
                    {closures.filter((c) => c.venueId === v.id).map((c) => {
                      const p = placeOnAxis(c.startAt, c.endAt, b);
                      return p && (
                        <Tooltip key={c.id} title={t('bookings.grid.closed', { reason: c.reason })}>
                          <div className="hw-grid-closure" style={{ left: `${p.left}%`, width: `${p.width}%`, padding: 0 }} />
                        </Tooltip>
                      );
                    })}
                    {dayBookings.map((x) => (
                      <BookingBlock key={x.id} booking={x} bounds={b} zone={zone} mine={x.bookedBy === meId} compact onOpen={onOpen} />
                    ))}
                  </div>
                );
              })}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
