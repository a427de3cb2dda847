/** My waitlist entries: place in the queue, or the slot held for me with 确认 (accept) before the hold runs out. */
import { App, Button, Popconfirm, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRange } from '../../../../shared/time';
import { useShowError } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { ItemList } from '../../../app/ItemList';
import { useVenues } from '../../venues/api';
import { useAcceptHold, useLeaveWaitlist, useWaitlist, type WaitlistEntry } from '../api';

const COLORS: Record<WaitlistEntry['status'], string> = { waiting: 'gold', offered: 'purple', accepted: 'green', expired: 'default', cancelled: 'default' };

/** The list; `onOpen` shows an offered booking. */
export function WaitlistList({ zone, onOpen }: { zone: string; onOpen: (bookingId: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { message } = App.useApp();
  const showError = useShowError();
  const entries = useWaitlist();
  const venues = useVenues();
  const accept = useAcceptHold();
  const leave = useLeaveWaitlist();
  const venueName = (id: string) => venues.data?.find((v) => v.id === id)?.name ?? '';

  return (
    <ItemList
      testId="waitlist"
      items={entries.data ?? []}
      rowKey={(e) => e.id}
      loading={entries.isFetching}
      empty={t('bookings.waitlist.empty')}
      render={(e) => ({
        title: <Space wrap size={6}>{e.title}<Tag color={COLORS[e.status]}>{e.status === 'waiting' && e.position ? t('bookings.waitlist.position', { position: e.position }) : t(`bookings.waitlist.status.${e.status}`)}</Tag></Space>,
        description: `${venueName(e.venueId)} · ${formatRange(e.startAt, e.endAt, zone, lang)}`,
        actions: [
          e.status === 'offered' && e.offeredBookingId && (
            <Button key="accept" type="primary" size="small" loading={accept.isPending}
              onClick={() => accept.mutate(e.offeredBookingId!, { onSuccess: () => void message.success(t('bookings.holdAccepted')), onError: showError })}>
              {t('bookings.acceptHold')}
            </Button>
          ),
          e.status === 'offered' && e.offeredBookingId && (
            <Button key="view" size="small" type="link" onClick={() => onOpen(e.offeredBookingId!)}>{t('bookings.details')}</Button>
          ),
          (e.status === 'waiting' || e.status === 'offered') && (
            <Popconfirm key="leave" title={t('bookings.waitlist.confirmLeave')} okText={t('common.confirm')} cancelText={t('common.back')}
              onConfirm={() => leave.mutate(e.id, { onSuccess: () => void message.success(t('bookings.waitlist.left')), onError: showError })}>
              <Button size="small" type="link" danger>{t('bookings.waitlist.leave')}</Button>
            </Popconfirm>
          ),
        ],
      })}
    />
  );
}
