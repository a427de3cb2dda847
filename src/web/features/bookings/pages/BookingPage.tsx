/** One booking on its own page (`/rooms/bookings/:id`); notification links point here. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BookingDetailView } from '../components/BookingDetailView';

/** The page. */
export function BookingPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }}>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/rooms')} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('bookings.backToRooms')}
      </Button>
      <Card>{id && <BookingDetailView id={id} />}</Card>
    </div>
  );
}
