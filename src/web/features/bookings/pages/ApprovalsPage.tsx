/** The approval inbox (`/rooms/approvals`): pending bookings of the venues I manage (all, for an admin); approve, or reject with a reason. */
import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/bookings';
import { formatRange } from '../../../../shared/time';
import { useMe } from '../../../app/auth';
import { formatInstant } from '../../../app/datetime';
import { errorMessage, useShowError } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { ItemList } from '../../../app/ItemList';
import { useApprovals, useApproveBooking, useRejectBooking } from '../api';
import { BookingDrawer } from '../components/BookingDrawer';
import { ReasonModal } from '../components/ReasonModal';

/** The page. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const zone = me.org.timeZone;
  const lang = currentLang();
  const { message } = App.useApp();
  const showError = useShowError();
  const inbox = useApprovals();
  const approve = useApproveBooking();
  const reject = useRejectBooking();
  const [rejecting, setRejecting] = useState<Booking>();
  const [openId, setOpenId] = useState<string>();

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('bookings.approvals.title')}</Typography.Title>
      </div>
      {inbox.error && <Alert type="error" showIcon title={errorMessage(inbox.error)} style={{ marginBottom: 12 }} />}
      <Card size="small" data-testid="approvals">
        <ItemList
          items={[...(inbox.data ?? [])].sort((a, b) => a.startAt - b.startAt)}
          rowKey={(b) => b.id}
          loading={inbox.isFetching}
          empty={t('bookings.approvals.empty')}
          render={(b) => ({
            title: <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => setOpenId(b.id)}>{b.title}</Button>,
            description: (
              <Flex vertical>
                <span>{b.venueName} · {formatRange(b.startAt, b.endAt, zone, lang)}</span>
                <span>{t('bookings.approvals.requested', { name: b.bookedByName ?? '—', time: formatInstant(b.createdAt, zone) })}{b.attendeeCount ? ` · ${t('bookings.approvals.people', { count: b.attendeeCount })}` : ''}</span>
              </Flex>
            ),
            actions: [
              <Button key="ok" type="primary" loading={approve.isPending && approve.variables === b.id}
                onClick={() => approve.mutate(b.id, { onSuccess: () => void message.success(t('bookings.approved')), onError: showError })}>
                {t('bookings.approve')}
              </Button>,
              <Button key="no" danger onClick={() => setRejecting(b)}>{t('bookings.reject')}</Button>,
            ],
          })}
        />
      </Card>
      <ReasonModal
        open={!!rejecting}
        title={t('bookings.rejectTitle', { title: rejecting?.title ?? '' })}
        okText={t('bookings.reject')}
        required
        danger
        loading={reject.isPending}
        onSubmit={(reason) =>
          reject.mutateAsync({ id: rejecting!.id, reason }).then(
            () => void message.success(t('bookings.rejected')),
            (err: unknown) => {
              showError(err);
              throw err;
            },
          )
        }
        onClose={() => setRejecting(undefined)}
      />
      <BookingDrawer id={openId} onClose={() => setOpenId(undefined)} />
    </>
  );
}
