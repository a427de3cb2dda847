/** A booking's state as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '../../../../shared/bookings';
import { BOOKING_STATUS_COLORS } from '../labels';

/** The tag. */
export function BookingStatusTag({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return <Tag color={BOOKING_STATUS_COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>{t(`bookings.status.${status}`)}</Tag>;
}
