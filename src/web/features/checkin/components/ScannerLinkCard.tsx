/** Opening the scanner: a button on this screen, and a QR code of the scanner's address for staff phones at the desks. */
import { CopyOutlined, ScanOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The scanner's path for a meeting. */
export function scannerPath(meetingId: string): string {
  return `/scan/${encodeURIComponent(meetingId)}`;
}

/** The card. */
export function ScannerLinkCard({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const url = `${window.location.origin}${scannerPath(meetingId)}`;
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let alive = true;
    void QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((s) => alive && setSvg(s));
    return () => {
      alive = false;
    };
  }, [url]);

  const copy = () => void navigator.clipboard?.writeText(url).then(() => message.success(t('checkin.link.copied')));

  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="scanner-link">
      <Flex gap={16} wrap align="center">
        {svg && <img className="hw-scanner-qr" src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`} alt={t('checkin.link.scannerLink')} />}
        <div style={{ flex: '1 1 220px', minWidth: 0 }}>
          <Link to={scannerPath(meetingId)}>
            <Button type="primary" size="large" icon={<ScanOutlined />} data-testid="open-scanner">{t('checkin.link.openScanner')}</Button>
          </Link>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 4px' }}>{t('checkin.link.scannerQrHint')}</Typography.Paragraph>
          <Typography.Text code style={{ wordBreak: 'break-all' }}>{url}</Typography.Text>
          {navigator.clipboard && <Button type="link" size="small" icon={<CopyOutlined />} onClick={copy}>{t('checkin.link.copy')}</Button>}
        </div>
      </Flex>
    </Card>
  );
}
