/** The day view: one row per room, 07:00–23:00 in 30-minute cells; click or drag across free cells to book. */
import { Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/bookings';
import { fromWallTime, toWallTime } from '../../../../shared/time';
import type { Venue } from '../../../../shared/venues';
import type { Closure } from '../../venues/api';
import { maxCapacity, venuePlace } from '../../venues/labels';
import { GRID_START_HOUR, placeOnAxis, slotStart, SLOTS, SLOT_MINUTES, type DayBounds } from '../grid-model';
import { BookingBlock } from './BookingBlock';
import './rooms-grid.css';

/** Props of both grid views. */
export type RoomsGridProps = {
  venues: Venue[];
  bookings: Booking[];
  closures: Closure[];
  zone: string;
  now: number;
  meId: string;
  onOpen: (b: Booking) => void;
};

type Selection = { venueId: string; anchor: number; current: number };

/** A room's bookable hours on a day as instants; undefined when it has none (bookable around the clock). */
function bookableRange(v: Venue, b: DayBounds, zone: string): [number, number] | undefined {
  const { bookableStart: s, bookableEnd: e } = v.effectiveRules;
  if (!s || !e) return undefined;
  const w = toWallTime(b.dayStart, zone);
  const at = (hhmm: string) => fromWallTime({ ...w, hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)) }, zone);
  return [at(s), at(e)];
}

/** The grid of one day; `onSelect` gets the room and the chosen range. */
export function RoomsDayGrid({ venues, bookings, closures, bounds, zone, now, meId, onOpen, onSelect }: RoomsGridProps & {
  bounds: DayBounds;
  onSelect: (venueId: string, startAt: number, endAt: number) => void;
}) {
  const { t } = useTranslation();
  const [sel, setSel] = useState<Selection | null>(null);
  const slotMs = SLOT_MINUTES * 60_000;
  const hours = Array.from({ length: SLOTS / 2 }, (_, i) => `${String(GRID_START_HOUR + i).padStart(2, '0')}:00`);

  // The drag ends wherever the pointer is released, even outside the grid.
  useEffect(() => {
    if (!sel) return;
    const finish = () => {
      const lo = Math.min(sel.anchor, sel.current);
      const hi = Math.max(sel.anchor, sel.current);
      setSel(null);
      // A cell already begun starts the booking at the next five minutes, not in the past.
      const start = Math.max(slotStart(bounds, lo), Math.ceil(now / 300_000) * 300_000);
      onSelect(sel.venueId, start, slotStart(bounds, hi) + slotMs);
    };
    window.addEventListener('pointerup', finish);
    return () => window.removeEventListener('pointerup', finish);
  }, [sel, bounds, now, onSelect, slotMs]);

  const nowPos = now > bounds.gridStart && now < bounds.gridEnd ? placeOnAxis(bounds.gridStart, now, bounds) : undefined;
  const pastPos = now > bounds.gridStart ? placeOnAxis(bounds.gridStart, now, bounds) : undefined;

  return (
    <div className="hw-grid" data-testid="rooms-grid" data-view="day">
      <div className="hw-grid-inner">
        <div className="hw-grid-row hw-grid-head">
          <div className="hw-grid-room">{t('bookings.grid.room')}</div>
          <div className="hw-grid-hours">{hours.map((h) => <div key={h} className="hw-grid-hour">{h}</div>)}</div>
        </div>
        {venues.map((v) => {
          const open = bookableRange(v, bounds, zone);
          const outside = open ? [placeOnAxis(bounds.gridStart, open[0], bounds), placeOnAxis(open[1], bounds.gridEnd, bounds)] : [];
          const selectable = (i: number) => {
            const s = slotStart(bounds, i);
            return s + slotMs > now && (!open || (s >= open[0] && s + slotMs <= open[1]));
          };
          return (
            <div className="hw-grid-row" key={v.id} data-venue-id={v.id}>
              <div className="hw-grid-room" title={v.name}>
                <div className="hw-grid-room-name">{v.name}</div>
                <div className="hw-grid-room-meta">{[venuePlace(v), t('bookings.grid.capacity', { count: maxCapacity(v) })].filter(Boolean).join(' · ')}</div>
              </div>
              <div className="hw-grid-track" role="grid" aria-label={v.name}>
                {Array.from({ length: SLOTS }, (_, i) => {
                  const ok = selectable(i);
                  const inSel = sel?.venueId === v.id && i >= Math.min(sel.anchor, sel.current) && i <= Math.max(sel.anchor, sel.current);
                  return (
                    <div
                      key={i}
                      role="gridcell"
                      data-slot={i}
                      aria-disabled={!ok}
                      className={`hw-grid-cell${ok ? '' : ' is-past'}${inSel ? ' is-selected' : ''}`}
                      onPointerDown={(e) => {
                        if (!ok || e.button !== 0) return;
                        e.preventDefault();
                        setSel({ venueId: v.id, anchor: i, current: i });
                      }}
                      onPointerEnter={() => {
                        if (sel && sel.venueId === v.id && ok) setSel({ ...sel, current: i });
                      }}
                    />
                  );
                })}
                {pastPos && <div className="hw-grid-past" style={{ width: `${pastPos.width}%` }} />}
                {outside.map((p, i) => p && <div key={`out${i}`} className="hw-grid-past" style={{ left: `${p.left}%`, width: `${p.width}%` }} />)}
                {nowPos && <div className="hw-grid-now" style={{ left: `${nowPos.width}%` }} />}
                {closures.filter((c) => c.venueId === v.id).map((c) => {
                  const p = placeOnAxis(c.startAt, c.endAt, bounds);
                  return p && (
                    <Tooltip key={c.id} title={t('bookings.grid.closed', { reason: c.reason })}>
                      <div className="hw-grid-closure" data-closure-id={c.id} style={{ left: `${p.left}%`, width: `${p.width}%` }} onPointerDown={(e) => e.stopPropagation()}>
                        {c.reason}
                      </div>
                    </Tooltip>
                  );
                })}
                {bookings.filter((b) => b.venueId === v.id).map((b) => (
                  <BookingBlock key={b.id} booking={b} bounds={bounds} zone={zone} mine={b.bookedBy === meId} onOpen={onOpen} />
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
