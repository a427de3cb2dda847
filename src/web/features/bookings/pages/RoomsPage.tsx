/** Room booking (`/rooms`): the rooms × time grid by day or week, a one-room list on phones, the booking dialog and the detail drawer. */
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Empty, Flex, Grid, Segmented, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCan, useMe } from '../../../app/auth';
import { todayIn } from '../../../app/datetime';
import { errorMessage } from '../../../app/form-errors';
import { useClosures, useVenues } from '../../venues/api';
import { useBookings } from '../api';
import type { BookingPrefill } from '../booking-form';
import { BookingDialog } from '../components/BookingDialog';
import { BookingDrawer } from '../components/BookingDrawer';
import { RoomsDayGrid } from '../components/RoomsDayGrid';
import { RoomsDayList } from '../components/RoomsDayList';
import { RoomsWeekGrid } from '../components/RoomsWeekGrid';
import { StatusLegend } from '../components/StatusLegend';
import { dayBounds, weekDays, weekStart } from '../grid-model';
import { useRoomsParams, type RoomsView } from '../rooms-params';

/** The current time, advanced every minute (greys the past, moves the now line). */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** The rooms page. */
export function RoomsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const zone = me.org.timeZone;
  const navigate = useNavigate();
  const canManage = useCan('venue.manage');
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const now = useMinuteClock();
  const { params, update } = useRoomsParams(zone);
  const view: RoomsView = phone ? 'day' : params.view;
  const today = todayIn(zone);
  const monday = weekStart(params.date);
  const days = weekDays(monday);
  const bounds = dayBounds(params.date, zone);
  const from = view === 'week' ? dayBounds(monday, zone).dayStart : bounds.dayStart;
  const to = view === 'week' ? dayBounds(days[6], zone).dayEnd : bounds.dayEnd;

  const venues = useVenues(true);
  const bookings = useBookings({ from, to });
  const closures = useClosures(from, to);
  const [prefill, setPrefill] = useState<BookingPrefill | null>(null);
  const [openId, setOpenId] = useState<string>();

  const onSelect = useCallback((venueId: string, startAt: number, endAt: number) => setPrefill({ venueId, startAt, endAt }), []);
  const step = (n: number) => update({ date: params.date.add(n, view === 'week' ? 'week' : 'day') });
  const grid = { venues: venues.data ?? [], bookings: bookings.data ?? [], closures: closures.data ?? [], zone, now, meId: me.user.id, onOpen: (b: { id: string }) => setOpenId(b.id) };
  const error = venues.error ?? bookings.error ?? closures.error;

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('bookings.pageTitle')}</Typography.Title>
        <Flex wrap gap={8} align="center">
          <Button icon={<LeftOutlined />} aria-label={t('bookings.nav.prev')} onClick={() => step(-1)} />
          <Button onClick={() => update({ date: today })}>{t('bookings.nav.today')}</Button>
          <Button icon={<RightOutlined />} aria-label={t('bookings.nav.next')} onClick={() => step(1)} />
          <DatePicker
            allowClear={false}
            value={view === 'week' ? monday : params.date}
            onChange={(d: Dayjs | null) => d && update({ date: d })}
            format={view === 'week' ? t('bookings.nav.weekFormat') : t('bookings.nav.dayFormat')}
            aria-label={t('bookings.nav.pickDate')}
            style={{ width: phone ? 150 : 180 }}
          />
          {!phone && (
            <Segmented<RoomsView>
              value={view}
              onChange={(v) => update({ view: v })}
              options={[{ value: 'day', label: t('bookings.nav.day') }, { value: 'week', label: t('bookings.nav.week') }]}
            />
          )}
        </Flex>
      </div>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      {!phone && (
        <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 8 }}>
          <StatusLegend />
          <span className="hw-muted" style={{ fontSize: 12 }}>{view === 'day' ? t('bookings.grid.dragHint') : t('bookings.grid.weekHint')}</span>
        </Flex>
      )}
      {venues.isPending ? (
        <Flex justify="center" style={{ padding: 48 }}><Spin /></Flex>
      ) : grid.venues.length === 0 ? (
        <Empty description={t('bookings.noVenues')}>
          {canManage && <Button type="primary" onClick={() => navigate('/venues')}>{t('bookings.goToVenues')}</Button>}
        </Empty>
      ) : phone ? (
        <RoomsDayList {...grid} venueId={params.venueId} onVenue={(venueId) => update({ venueId })} bounds={bounds} onSelect={onSelect} />
      ) : view === 'week' ? (
        <RoomsWeekGrid {...grid} days={days} today={today} onPickDay={(d) => update({ date: d, view: 'day' })} />
      ) : (
        <RoomsDayGrid {...grid} bounds={bounds} onSelect={onSelect} />
      )}
      <BookingDialog prefill={prefill} onClose={() => setPrefill(null)} />
      <BookingDrawer id={openId} onClose={() => setOpenId(undefined)} />
    </>
  );
}
