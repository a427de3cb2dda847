/** My bookings (`/rooms/mine`): upcoming (or recent, with cancelled ones) and my waitlist entries. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../../app/auth';
import { dayStartMs, todayIn } from '../../../app/datetime';
import { errorMessage } from '../../../app/form-errors';
import { useBookings } from '../api';
import { BookingDrawer } from '../components/BookingDrawer';
import { MyBookingList } from '../components/MyBookingList';
import { WaitlistList } from '../components/WaitlistList';

const DAY = 86_400_000;

type Scope = 'upcoming' | 'recent';

/** The page. */
export function MyBookingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const zone = me.org.timeZone;
  const navigate = useNavigate();
  const [scope, setScope] = useState<Scope>('upcoming');
  const [openId, setOpenId] = useState<string>();
  const [today] = useState(() => dayStartMs(todayIn(zone), zone));
  // The API takes at most 62 days: the coming two months, or a month either side with cancelled and rejected ones.
  const range = scope === 'upcoming' ? { from: today, to: today + 62 * DAY } : { from: today - 31 * DAY, to: today + 31 * DAY, includeEnded: true };
  const bookings = useBookings({ ...range, mine: true });

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('bookings.mine.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/rooms')}>{t('bookings.mine.bookRoom')}</Button>
      </div>
      <Card
        size="small"
        title={t('bookings.mine.bookings')}
        style={{ marginBottom: 16 }}
        extra={
          <Segmented<Scope>
            size="small"
            value={scope}
            onChange={setScope}
            options={[{ value: 'upcoming', label: t('bookings.mine.upcoming') }, { value: 'recent', label: t('bookings.mine.recent') }]}
          />
        }
      >
        {bookings.error && <Alert type="error" showIcon title={errorMessage(bookings.error)} style={{ marginBottom: 12 }} />}
        <div data-testid="my-bookings">
          <MyBookingList bookings={bookings.data ?? []} loading={bookings.isFetching} zone={zone} onOpen={setOpenId} />
        </div>
      </Card>
      <Card size="small" title={t('bookings.waitlist.title')}>
        <WaitlistList zone={zone} onOpen={setOpenId} />
      </Card>
      <BookingDrawer id={openId} onClose={() => setOpenId(undefined)} />
    </>
  );
}
