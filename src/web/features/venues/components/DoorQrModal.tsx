/** The QR code to post at a room's door: scanning it opens the room's check-in page; printable on its own sheet. */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Modal, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Venue } from '../../../../shared/venues';
import { doorQrSrc, useDoorUrl } from '../api';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Prints the venue name, the QR code and a line of instructions from a hidden frame, so the page itself is not printed. */
function printDoorSheet(venue: Venue, caption: string): void {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;right:0;bottom:0';
  document.body.appendChild(frame);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html><head><meta charset="utf-8"><title>${escape(venue.name)}</title>
<style>body{font-family:system-ui,sans-serif;text-align:center;padding-top:48px}h1{font-size:40px;margin:0 0 24px}img{width:360px;height:360px}p{font-size:20px}</style>
</head><body><h1>${escape(venue.name)}</h1><img src="${doorQrSrc(venue.id)}" alt=""><p>${escape(caption)}</p></body></html>`);
  doc.close();
  const img = doc.querySelector('img')!;
  const go = () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 1000);
  };
  if (img.complete) go();
  else img.addEventListener('load', go, { once: true });
}

/** The dialog with the door QR of a venue. */
export function DoorQrModal({ venue, onClose }: { venue?: Venue; onClose: () => void }) {
  const { t } = useTranslation();
  const url = useDoorUrl(venue?.id);
  return (
    <Modal
      open={!!venue}
      title={t('venues.doorQr.title', { name: venue?.name ?? '' })}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>{t('common.back')}</Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => venue && printDoorSheet(venue, t('venues.doorQr.caption'))}>
          {t('venues.doorQr.print')}
        </Button>,
      ]}
    >
      {venue && (
        <Flex vertical align="center" gap={8} data-testid="door-qr">
          <img src={doorQrSrc(venue.id)} alt={t('venues.doorQr.alt', { name: venue.name })} width={260} height={260} />
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 0 }}>{t('venues.doorQr.caption')}</Typography.Paragraph>
          {url.isPending ? <Spin size="small" /> : url.data && <Typography.Text copyable={{ text: url.data }} style={{ fontSize: 12, wordBreak: 'break-all' }}>{url.data}</Typography.Text>}
        </Flex>
      )}
    </Modal>
  );
}
