/** One booking: state, times, booker, check-in, hold, decision; the actions the user may take; its services. Used in the drawer and on its own page. */
import { Alert, Descriptions, Divider, Flex, Result, Spin, Typography, type DescriptionsProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRange } from '../../../../shared/time';
import { useMe } from '../../../app/auth';
import { formatInstant } from '../../../app/datetime';
import { errorMessage } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useVenues } from '../../venues/api';
import { equipmentLabel, layoutLabel } from '../../venues/labels';
import { useBooking } from '../api';
import { bookingAbilities } from '../permissions';
import { BookingActions } from './BookingActions';
import { BookingServices } from './BookingServices';
import { BookingStatusTag } from './BookingStatusTag';

/** A clock that ticks every 30 s, so check-in opens without a reload. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** The booking's content. */
export function BookingDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const zone = me.org.timeZone;
  const lang = currentLang();
  const now = useNow();
  const query = useBooking(id);
  const venues = useVenues();

  if (query.isPending) return <Flex justify="center" style={{ padding: 32 }}><Spin /></Flex>;
  if (query.error) return <Result status="warning" title={errorMessage(query.error)} />;
  const b = query.data;
  const venue = venues.data?.find((v) => v.id === b.venueId);
  const can = bookingAbilities(b, venue, me);
  const dash = '—';

  const checkin = b.checkedInAt
    ? t('bookings.checkedInAt', { time: formatInstant(b.checkedInAt, zone) })
    : b.status !== 'confirmed' && b.status !== 'tentative'
      ? dash
      : venue && !venue.checkinRequired
        ? t('bookings.checkinNotRequired')
        : t('bookings.checkinWindow', { before: me.org.policy.checkinBeforeMinutes, after: me.org.policy.checkinAfterMinutes });

  const items: DescriptionsProps['items'] = [
    { key: 'status', label: t('bookings.field.status'), children: <BookingStatusTag status={b.status} /> },
    { key: 'venue', label: t('bookings.field.venue'), children: b.venueName },
    { key: 'time', label: t('bookings.field.time'), children: formatRange(b.startAt, b.endAt, zone, lang) },
    ...(b.blockStart !== b.startAt || b.blockEnd !== b.endAt
      ? [{ key: 'block', label: t('bookings.field.block'), children: formatRange(b.blockStart, b.blockEnd, zone, lang) }]
      : []),
    { key: 'by', label: t('bookings.field.bookedBy'), children: b.bookedByName ?? dash },
    { key: 'meeting', label: t('bookings.field.meeting'), children: b.meetingId ? <Link to={`/meetings/${b.meetingId}`}>{t('bookings.openMeeting')}</Link> : dash },
    { key: 'layout', label: t('bookings.field.layout'), children: b.layout ? layoutLabel(t, b.layout) : dash },
    { key: 'count', label: t('bookings.field.attendeeCount'), children: b.attendeeCount ?? dash },
    { key: 'checkin', label: t('bookings.field.checkin'), children: checkin },
    { key: 'created', label: t('bookings.field.createdAt'), children: formatInstant(b.createdAt, zone) },
  ];
  if (venue?.equipment.length) items.push({ key: 'eq', label: t('bookings.field.venueEquipment'), children: venue.equipment.map((e) => equipmentLabel(t, e)).join(lang === 'en' ? ', ' : '、') });

  return (
    <div data-testid="booking-detail" data-status={b.status}>
      <Typography.Title level={4} style={{ marginTop: 0, wordBreak: 'break-word' }}>{b.title}</Typography.Title>
      {b.status === 'held' && b.holdExpiresAt && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }}
          title={can.acceptHold ? t('bookings.heldForYou', { time: formatInstant(b.holdExpiresAt, zone) }) : t('bookings.heldUntil', { time: formatInstant(b.holdExpiresAt, zone) })} />
      )}
      {b.status === 'pending' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('bookings.pendingNote')} />}
      {b.decisionReason && <Alert type={b.status === 'rejected' ? 'error' : 'info'} showIcon style={{ marginBottom: 12 }} title={t('bookings.decisionReason', { reason: b.decisionReason })} />}
      {b.cancelReason && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('bookings.cancelReason', { reason: b.cancelReason })} />}
      <Descriptions bordered size="small" column={1} items={items} styles={{ label: { width: lang === 'en' ? 140 : 110 } }} />
      <div style={{ marginTop: 16 }}>
        <BookingActions booking={b} can={can} now={now} />
      </div>
      <Divider titlePlacement="start">{t('bookings.services.title')}</Divider>
      <BookingServices booking={b} can={can} zone={zone} />
    </div>
  );
}
