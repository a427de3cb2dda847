/**
 * The attendee's pass (参会证) on their personal reply page: the QR large, with their name and the meeting. Shown only once they have
 * confirmed they will attend — before that, or after declining, a pass would only invite confusion at the door.
 */
import { IdcardOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyPass } from '../api';
import '../checkin.css';

type Props = { token: string; attendance: string; meetingTitle: string; name: string; unit: string | null };

/** The card; nothing until attendance is confirmed. */
export function MyPassCard({ token, attendance, meetingTitle, name, unit }: Props) {
  const { t } = useTranslation();
  const confirmed = attendance === 'confirmed';
  const pass = useMyPass(token, confirmed);
  if (!confirmed) return null;
  if (pass.error) return <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('checkin.pass.loadFailed')}</Typography.Paragraph>;
  return (
    <Card className="hw-rsvp-card hw-pass" size="small" title={<><IdcardOutlined /> {t('checkin.pass.title')}</>} loading={pass.isPending} data-testid="my-pass">
      {pass.data && (
        <>
          <Typography.Text type="secondary">{t('checkin.pass.hint')}</Typography.Text>
          <img className="hw-pass-qr" src={`data:image/svg+xml;utf8,${encodeURIComponent(pass.data.qrSvg)}`} alt={t('checkin.pass.title')} data-testid="my-pass-qr" />
          <div className="hw-pass-name">{name}</div>
          {unit && <div className="hw-pass-meta">{unit}</div>}
          <div className="hw-pass-meta">{meetingTitle}</div>
          {pass.data.seat && <div className="hw-pass-seat">{t('checkin.pass.seat')} {pass.data.seat}</div>}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>{t('checkin.pass.save')}</Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
