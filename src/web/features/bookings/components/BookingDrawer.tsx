/** A booking's detail in a side drawer (from the grid and the lists). */
import { ExportOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BookingDetailView } from './BookingDetailView';

/** The drawer; open while `id` is set. */
export function BookingDrawer({ id, onClose }: { id?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      title={t('bookings.detailTitle')}
      size={screens.sm ? 520 : '100%'}
      extra={id && <Link to={`/rooms/bookings/${id}`}><Button type="text" icon={<ExportOutlined />}>{t('bookings.openPage')}</Button></Link>}
    >
      {id && <BookingDetailView id={id} />}
    </Drawer>
  );
}
