/** The phone view of a day: one room at a time, its bookings, closures and free gaps in time order, each gap with a 预订 button. */
import { Button, Empty, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/bookings';
import { clockTime, fromWallTime, toWallTime } from '../../../../shared/time';
import type { Venue } from '../../../../shared/venues';
import type { Closure } from '../../venues/api';
import { maxCapacity, venuePlace } from '../../venues/labels';
import { ceilToSlot, dayItems, type DayBounds } from '../grid-model';
import { BOOKING_STATUS_COLORS } from '../labels';
import './rooms-grid.css';

/** Props: the rooms, the chosen one, its day's bookings and closures, and what to do on a pick. */
export type RoomsDayListProps = {
  venues: Venue[];
  venueId?: string;
  onVenue: (id: string) => void;
  bookings: Booking[];
  closures: Closure[];
  bounds: DayBounds;
  zone: string;
  now: number;
  onOpen: (b: Booking) => void;
  onSelect: (venueId: string, startAt: number, endAt: number) => void;
};

/** The list, with a room picker on top. */
export function RoomsDayList({ venues, venueId, onVenue, bookings, closures, bounds, zone, now, onOpen, onSelect }: RoomsDayListProps) {
  const { t } = useTranslation();
  const venue = venues.find((v) => v.id === venueId) ?? venues[0];
  if (!venue) return <Empty description={t('bookings.noVenues')} />;
  const w = toWallTime(bounds.dayStart, zone);
  const at = (hhmm: string | null, fallback: number) => (hhmm ? fromWallTime({ ...w, hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)) }, zone) : fallback);
  const open = at(venue.effectiveRules.bookableStart, bounds.gridStart);
  const close = at(venue.effectiveRules.bookableEnd, bounds.gridEnd);
  const from = Math.max(open, ceilToSlot(now, bounds));
  const mine = bookings.filter((b) => b.venueId === venue.id && b.endAt > bounds.dayStart && b.startAt < bounds.dayEnd);
  const items = dayItems(mine, closures.filter((c) => c.venueId === venue.id), from, close).filter((i) => i.kind !== 'free' || i.endAt > now);
  const hhmm = (ms: number) => clockTime(ms, zone);

  return (
    <div data-testid="rooms-grid" data-view="list">
      <Select
        style={{ width: '100%', marginBottom: 12 }}
        size="large"
        value={venue.id}
        onChange={onVenue}
        aria-label={t('bookings.grid.room')}
        options={venues.map((v) => ({ value: v.id, label: `${v.name} · ${t('bookings.grid.capacity', { count: maxCapacity(v) })}` }))}
      />
      {venuePlace(venue) && <div className="hw-muted" style={{ marginTop: -6, marginBottom: 10 }}>{venuePlace(venue)}</div>}
      {items.length === 0 ? (
        <Empty description={t('bookings.list.nothingLeft')} />
      ) : (
        <ul className="hw-day-list">
          {items.map((i) => {
            const time = `${hhmm(i.startAt)}–${hhmm(i.endAt)}`;
            if (i.kind === 'free') {
              return (
                <li key={`f${i.startAt}`} className="hw-day-item is-free">
                  <span className="hw-day-item-time">{time}</span>
                  <span style={{ flex: 1 }} className="hw-muted">{t('bookings.list.free')}</span>
                  <Button type="primary" onClick={() => onSelect(venue.id, i.startAt, Math.min(i.endAt, i.startAt + 3_600_000))}>{t('bookings.book')}</Button>
                </li>
              );
            }
            if (i.kind === 'closure') {
              return (
                <li key={`c${i.closure.id}`} className="hw-day-item is-closure">
                  <span className="hw-day-item-time">{time}</span>
                  <span style={{ flex: 1 }}>{t('bookings.grid.closed', { reason: i.closure.reason })}</span>
                </li>
              );
            }
            const b = i.booking;
            return (
              <li key={b.id} className="hw-day-item" role="button" tabIndex={0} style={{ cursor: 'pointer' }} onClick={() => onOpen(b)} onKeyDown={(e) => e.key === 'Enter' && onOpen(b)}>
                <span className="hw-day-item-time">{time}</span>
                <span style={{ flex: 1, minWidth: 0 }}>
                  <div style={{ fontWeight: 600, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{b.title}</div>
                  {b.bookedByName && <div className="hw-muted" style={{ fontSize: 12 }}>{b.bookedByName}</div>}
                </span>
                <Tag color={BOOKING_STATUS_COLORS[b.status]} style={{ marginInlineEnd: 0 }}>{t(`bookings.status.${b.status}`)}</Tag>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
