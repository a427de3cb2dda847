/** The rooms of a meeting: its bookings, 预订会场 with the meeting's time and title, and for a series "this and later occurrences". */
import { PlusOutlined, RetweetOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Grid } from 'antd';
import { LIVE_STATUSES } from '../../../../shared/bookings';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Meeting } from '../../../../shared/meetings';
import { formatRange } from '../../../../shared/time';
import type { Layout } from '../../../../shared/venues';
import { useCan, useMe } from '../../../app/auth';
import { currentLang } from '../../../app/i18n';
import { ItemList } from '../../../app/ItemList';
import { useBookings, useFollowMeeting } from '../api';
import type { BookingPrefill } from '../booking-form';
import { BookingDialog } from './BookingDialog';
import { BookingDrawer } from './BookingDrawer';
import { BookingStatusTag } from './BookingStatusTag';
import { SeriesBookingModal } from './SeriesBookingModal';


/** A room remembered from "find a time" in the meeting form, booked after saving (passed in the navigation state). */
export type PlannedRoom = { venueId: string; layout?: Layout | null };

/** The card on the meeting detail page. */
export function MeetingRoomsCard({ meeting: m }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const me = useMe();
  const zone = me.org.timeZone;
  const lang = currentLang();
  const canBook = useCan('booking.create');
  const location = useLocation();
  const navigate = useNavigate();
  // All of the meeting's bookings, wherever they are: after the meeting moves they may lie far from it.
  const bookings = useBookings({ from: 0, to: Number.MAX_SAFE_INTEGER, meetingId: m.id, includeEnded: true });
  const follow = useFollowMeeting();
  const { message, modal } = App.useApp();
  const stale = (bookings.data ?? []).filter((b) => LIVE_STATUSES.includes(b.status) && (b.startAt !== m.startAt || b.endAt !== m.endAt));
  const sync = () =>
    follow.mutate(m.id, {
      onSuccess: (r) => {
        if (r.conflicts.length === 0) return void message.success(t('meetingRooms.followed', { count: r.booked.length }));
        modal.warning({
          title: t('meetingRooms.followConflicts', { moved: r.booked.length, count: r.conflicts.length }),
          content: r.conflicts.map((c) => <div key={c.meetingId + c.message}>{c.message}</div>),
        });
      },
      onError: (err) => void message.error(err.message),
    });
  const [prefill, setPrefill] = useState<BookingPrefill | null>(null);
  const [series, setSeries] = useState(false);
  const [openId, setOpenId] = useState<string>();
  const live = m.status !== 'cancelled' && m.endAt > Date.now();
  const base = (over: Partial<BookingPrefill> = {}): BookingPrefill => ({
    startAt: m.startAt, endAt: m.endAt, title: m.title, meetingId: m.id, attendeeCount: m.expectedSize, ...over,
  });

  // On a phone the buttons go under the title, which they would otherwise squeeze out.
  const wide = !!Grid.useBreakpoint().md;
  const actions = canBook && live && (
    <Flex gap={8} wrap>
      <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setPrefill(base())}>{t('meetingRooms.book')}</Button>
      {m.seriesId && <Button size="small" icon={<RetweetOutlined />} onClick={() => setSeries(true)}>{t('meetingRooms.bookSeries')}</Button>}
    </Flex>
  );

  // Arriving from the form with a room found for this time: offer to book it straight away, once.
  const planned = (location.state as { bookRoom?: PlannedRoom } | null)?.bookRoom;
  useEffect(() => {
    if (!planned) return;
    setPrefill(base({ venueId: planned.venueId, layout: planned.layout ?? null }));
    navigate(location.pathname, { replace: true, state: null });
    // Only the arrival matters, not later renders.
  }, [planned?.venueId]);

  return (
    <Card
      size="small"
      title={t('meetingRooms.title')}
      style={{ marginBottom: 16 }}
      data-testid="meeting-rooms-card"
      extra={wide && actions}
    >
      {!wide && actions && <div style={{ marginBottom: 8 }}>{actions}</div>}
      {stale.length > 0 && live && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('meetingRooms.stale', { count: stale.length })}
          action={canBook && <Button size="small" loading={follow.isPending} onClick={sync}>{t('meetingRooms.follow')}</Button>} />
      )}
      <ItemList
        items={bookings.data ?? []}
        rowKey={(b) => b.id}
        loading={bookings.isFetching}
        empty={t('meetingRooms.none')}
        render={(b) => ({
          title: (
            <Flex gap={8} wrap align="center">
              <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setOpenId(b.id)}>{b.venueName}</Button>
              <BookingStatusTag status={b.status} />
            </Flex>
          ),
          description: `${formatRange(b.startAt, b.endAt, zone, lang)}${b.bookedByName ? ` · ${b.bookedByName}` : ''}`,
        })}
      />
      <BookingDialog prefill={prefill} onClose={() => setPrefill(null)} />
      {m.seriesId && <SeriesBookingModal open={series} meeting={m} onClose={() => setSeries(false)} onAlternative={(p) => setPrefill(base(p))} />}
      <BookingDrawer id={openId} onClose={() => setOpenId(undefined)} />
    </Card>
  );
}
