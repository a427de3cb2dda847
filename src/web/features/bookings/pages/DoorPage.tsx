/** The door check-in page (`/rooms/door/:venueId?t=token`), opened from the QR code at the door: big type, one big 确认使用 button. */
import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { clockTime } from '../../../../shared/time';
import { formatDate } from '../../../app/datetime';
import { errorMessage } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { useCheckIn, useDoor } from '../api';
import { BookingStatusTag } from '../components/BookingStatusTag';
import { doorState, type DoorState } from '../door-state';
import './door.css';

/** The clock of the page, every 15 s (the button opens and closes with the window). */
function useClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** The page. */
export function DoorPage() {
  const { t } = useTranslation();
  const { venueId } = useParams();
  const [sp] = useSearchParams();
  const token = sp.get('t') ?? undefined;
  const now = useClock();
  const door = useDoor(venueId, token);
  const checkIn = useCheckIn();
  const [error, setError] = useState<string>();

  if (door.isPending) return <div className="hw-door"><Spin size="large" /></div>;
  if (door.error) return <div className="hw-door"><Result status="warning" title={errorMessage(door.error)} extra={<Link to="/rooms">{t('door.toRooms')}</Link>} /></div>;
  const d = door.data;
  const zone = d.timeZone;
  const hhmm = (ms: number) => clockTime(ms, zone);
  const state: DoorState = doorState(d.bookings, now, d.checkinBeforeMinutes, d.checkinAfterMinutes);
  const b = state.kind === 'none' ? undefined : state.booking;
  const rest = d.bookings.filter((x) => x.id !== b?.id && x.endAt > now).sort((x, y) => x.startAt - y.startAt);

  const press = () => {
    if (state.kind !== 'open') return;
    setError(undefined);
    checkIn.mutate({ id: state.booking.id, doorToken: token }, { onError: (err) => setError(errorMessage(err)) });
  };

  const message: Record<DoorState['kind'], string> = {
    none: t('door.noMore'),
    open: t('door.open', { until: b ? hhmm(b.startAt + d.checkinAfterMinutes * 60_000) : '' }),
    early: t('door.early', { time: state.kind === 'early' ? hhmm(state.opensAt) : '' }),
    late: t('door.late'),
    checked_in: t('door.checkedIn', { time: b?.checkedInAt ? hhmm(b.checkedInAt) : '' }),
    released: t('door.released'),
    pending: t('door.pending'),
    held: t('door.held'),
  };

  return (
    <div className="hw-door" data-testid="door-page" data-state={state.kind}>
      <div className="hw-door-top">
        <span className="hw-brand"><span className="hw-brand-mark">会</span>{t('door.title')}</span>
        <LanguageSwitch size="small" />
      </div>
      <h1 className="hw-door-venue">{d.venueName}</h1>
      <div className="hw-door-date">{formatDate(now, zone, currentLang())} {hhmm(now)}</div>
      {!token && <Alert type="info" showIcon title={t('door.noToken')} style={{ marginBottom: 16 }} />}
      {token && !d.tokenValid && <Alert type="warning" showIcon title={t('door.badToken')} style={{ marginBottom: 16 }} />}
      {!d.checkinRequired && <Alert type="info" showIcon title={t('door.notRequired')} style={{ marginBottom: 16 }} />}

      <section className="hw-door-card">
        {b ? (
          <>
            <div className="hw-door-label">{state.kind === 'early' ? t('door.next') : t('door.current')}</div>
            <div className="hw-door-time">{hhmm(b.startAt)}–{hhmm(b.endAt)}</div>
            <div className="hw-door-title">{b.title}</div>
            <div className="hw-door-meta">{b.bookedByName ?? ''} <BookingStatusTag status={b.status} /></div>
          </>
        ) : (
          <div className="hw-door-title">{t('door.free')}</div>
        )}
        <p className={`hw-door-message is-${state.kind}`}>
          {state.kind === 'checked_in' && <CheckCircleFilled />} {message[state.kind]}
        </p>
        {b && state.kind !== 'checked_in' && state.kind !== 'released' && (
          <Button type="primary" size="large" block className="hw-door-button" disabled={state.kind !== 'open'} loading={checkIn.isPending} onClick={press}>
            {t('door.checkIn')}
          </Button>
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16, textAlign: 'start' }} />}
      </section>

      {rest.length > 0 && (
        <section className="hw-door-rest">
          <Typography.Title level={5} style={{ marginTop: 0 }}>{t('door.laterToday')}</Typography.Title>
          <ul>
            {rest.map((x) => (
              <li key={x.id}><b>{hhmm(x.startAt)}–{hhmm(x.endAt)}</b> {x.title} <BookingStatusTag status={x.status} /></li>
            ))}
          </ul>
        </section>
      )}
      <div style={{ textAlign: 'center', marginTop: 24 }}>
        <Link to={`/rooms?venue=${encodeURIComponent(d.venueId)}`}>{t('door.toRooms')}</Link>
      </div>
    </div>
  );
}
