/** The buttons a user may press on a booking: check in, accept a held slot, approve / reject, cancel (with a reason). */
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/bookings';
import { useMe } from '../../../app/auth';
import { useShowError } from '../../../app/form-errors';
import { useAcceptHold, useApproveBooking, useCancelBooking, useCheckIn, useRejectBooking } from '../api';
import { inCheckinWindow, type BookingAbilities } from '../permissions';
import { ReasonModal } from './ReasonModal';

/** The action bar of a booking; `now` decides whether check-in is open. */
export function BookingActions({ booking: b, can, now }: { booking: Booking; can: BookingAbilities; now: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = App.useApp();
  const showError = useShowError();
  const cancel = useCancelBooking();
  const approve = useApproveBooking();
  const reject = useRejectBooking();
  const checkIn = useCheckIn();
  const accept = useAcceptHold();
  const [asking, setAsking] = useState<'cancel' | 'reject' | null>(null);
  const policy = me.org.policy;
  const windowOpen = inCheckinWindow(b, now, policy.checkinBeforeMinutes, policy.checkinAfterMinutes);
  const ok = (text: string) => () => void message.success(text);
  const rethrow = (err: unknown) => {
    showError(err);
    throw err;
  };

  return (
    <Flex wrap gap={8}>
      {can.acceptHold && (
        <Button type="primary" loading={accept.isPending} onClick={() => accept.mutate(b.id, { onSuccess: ok(t('bookings.holdAccepted')), onError: showError })}>
          {t('bookings.acceptHold')}
        </Button>
      )}
      {can.checkIn && (
        <Button
          type="primary"
          disabled={!windowOpen}
          title={windowOpen ? undefined : t('bookings.checkinWindow', { before: policy.checkinBeforeMinutes, after: policy.checkinAfterMinutes })}
          loading={checkIn.isPending}
          onClick={() => checkIn.mutate({ id: b.id }, { onSuccess: ok(t('bookings.checkedIn')), onError: showError })}
        >
          {t('bookings.checkIn')}
        </Button>
      )}
      {can.decide && (
        <>
          <Button type="primary" loading={approve.isPending} onClick={() => approve.mutate(b.id, { onSuccess: ok(t('bookings.approved')), onError: showError })}>
            {t('bookings.approve')}
          </Button>
          <Button danger onClick={() => setAsking('reject')}>{t('bookings.reject')}</Button>
        </>
      )}
      {can.cancel && <Button danger onClick={() => setAsking('cancel')}>{t('bookings.cancel')}</Button>}
      <ReasonModal
        open={asking === 'reject'}
        title={t('bookings.rejectTitle', { title: b.title })}
        okText={t('bookings.reject')}
        required
        danger
        loading={reject.isPending}
        onSubmit={(reason) => reject.mutateAsync({ id: b.id, reason }).then(ok(t('bookings.rejected')), rethrow)}
        onClose={() => setAsking(null)}
      />
      <ReasonModal
        open={asking === 'cancel'}
        title={t('bookings.cancelTitle', { title: b.title })}
        okText={t('bookings.cancel')}
        danger
        loading={cancel.isPending}
        onSubmit={(reason) => cancel.mutateAsync({ id: b.id, reason }).then(ok(t('bookings.cancelled')), rethrow)}
        onClose={() => setAsking(null)}
      />
    </Flex>
  );
}
