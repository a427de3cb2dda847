/** My bookings as a table (cards on phones): title, room, time, state, check-in; open for detail, cancel with a reason. */
import { CheckCircleFilled } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Grid, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '../../../../shared/bookings';
import { formatRange } from '../../../../shared/time';
import { useShowError } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useCancelBooking } from '../api';
import { isLive } from '../labels';
import { BookingStatusTag } from './BookingStatusTag';
import { ReasonModal } from './ReasonModal';

/** Props: the bookings, loading, the zone and what opens a booking. */
export type MyBookingListProps = { bookings: Booking[]; loading: boolean; zone: string; onOpen: (id: string) => void };

/** The list. */
export function MyBookingList({ bookings, loading, zone, onOpen }: MyBookingListProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { message } = App.useApp();
  const showError = useShowError();
  const screens = Grid.useBreakpoint();
  const cancel = useCancelBooking();
  const [cancelling, setCancelling] = useState<Booking>();
  const rows = [...bookings].sort((a, b) => a.startAt - b.startAt);

  const title = (b: Booking) => <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(b.id)}>{b.title}</Button>;
  const checkin = (b: Booking) => (b.checkedInAt ? <span style={{ color: '#52c41a' }}><CheckCircleFilled /> {t('bookings.checkedIn')}</span> : null);
  const cancelButton = (b: Booking) => isLive(b) && <Button size="small" danger onClick={() => setCancelling(b)}>{t('bookings.cancel')}</Button>;

  const columns: TableColumnsType<Booking> = [
    { key: 'title', title: t('bookings.field.title'), render: (_, b) => title(b) },
    { key: 'venue', title: t('bookings.field.venue'), width: 160, render: (_, b) => b.venueName },
    { key: 'time', title: t('bookings.field.time'), width: 250, render: (_, b) => formatRange(b.startAt, b.endAt, zone, lang) },
    { key: 'status', title: t('bookings.field.status'), width: 100, render: (_, b) => <BookingStatusTag status={b.status} /> },
    { key: 'checkin', title: t('bookings.field.checkin'), width: 110, render: (_, b) => checkin(b) ?? '—' },
    { key: 'actions', title: t('common.actions'), width: 90, render: (_, b) => cancelButton(b) },
  ];

  return (
    <>
      {screens.md ? (
        <Table<Booking> rowKey="id" size="middle" columns={columns} dataSource={rows} loading={loading} pagination={false} scroll={{ x: 860 }} locale={{ emptyText: t('bookings.mine.empty') }} />
      ) : rows.length === 0 ? (
        <Empty description={t('bookings.mine.empty')} />
      ) : (
        <ul className="hw-card-list">
          {rows.map((b) => (
            <li key={b.id}>
              <Card size="small">
                <Flex justify="space-between" gap={8} align="flex-start">{title(b)}<BookingStatusTag status={b.status} /></Flex>
                <div>{b.venueName}</div>
                <div className="hw-muted">{formatRange(b.startAt, b.endAt, zone, lang)}</div>
                <Space style={{ marginTop: 6 }}>{checkin(b)}{cancelButton(b)}</Space>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <ReasonModal
        open={!!cancelling}
        title={t('bookings.cancelTitle', { title: cancelling?.title ?? '' })}
        okText={t('bookings.cancel')}
        danger
        loading={cancel.isPending}
        onSubmit={(reason) =>
          cancel.mutateAsync({ id: cancelling!.id, reason }).then(
            () => void message.success(t('bookings.cancelled')),
            (err: unknown) => {
              showError(err);
              throw err;
            },
          )
        }
        onClose={() => setCancelling(undefined)}
      />
    </>
  );
}
