/** The slot is taken: who has it, the alternatives (same room earlier/later, another room) as buttons, and the waitlist. */
import { ClockCircleOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Empty, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Alternative } from '../../../../shared/bookings';
import { formatRange } from '../../../../shared/time';
import { currentLang } from '../../../app/i18n';
import type { ConflictDetails } from '../api';

/** Props: the conflict, what to do with an alternative or the waitlist, and which action is running. */
export type ConflictDialogProps = {
  conflict?: ConflictDetails & { message: string };
  zone: string;
  busy?: 'alternative' | 'waitlist';
  onTake: (alt: Alternative) => void;
  onWaitlist: () => void;
  onClose: () => void;
};

/** The conflict dialog. */
export function ConflictDialog({ conflict, zone, busy, onTake, onWaitlist, onClose }: ConflictDialogProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const b = conflict?.blocking;
  return (
    <Modal
      open={!!conflict}
      title={t('bookings.conflict.title')}
      onCancel={onClose}
      width={560}
      footer={[
        <Button key="back" onClick={onClose}>{t('bookings.conflict.back')}</Button>,
        <Button key="wait" icon={<ClockCircleOutlined />} loading={busy === 'waitlist'} disabled={!!busy && busy !== 'waitlist'} onClick={onWaitlist}>
          {t('bookings.conflict.waitlist')}
        </Button>,
      ]}
    >
      <div data-testid="conflict-dialog">
        <Alert type="warning" showIcon title={conflict?.message} style={{ marginBottom: 12 }} />
        {b && (
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} items={[
            { key: 'title', label: t('bookings.field.title'), children: b.title },
            { key: 'time', label: t('bookings.field.time'), children: formatRange(b.startAt, b.endAt, zone, lang) },
            { key: 'by', label: t('bookings.field.bookedBy'), children: b.bookedByName ?? '—' },
            { key: 'status', label: t('bookings.field.status'), children: t(`bookings.status.${b.status}`) },
          ]} />
        )}
        <Typography.Text strong>{t('bookings.conflict.alternatives')}</Typography.Text>
        {conflict && conflict.alternatives.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bookings.conflict.noAlternatives')} />
        ) : (
          <Flex vertical gap={8} style={{ marginTop: 8 }}>
            {conflict?.alternatives.map((a) => (
              <Button
                key={`${a.kind}-${a.venueId}-${a.startAt}`}
                block
                icon={a.kind === 'other_room' ? <SwapOutlined /> : <ClockCircleOutlined />}
                loading={busy === 'alternative'}
                disabled={!!busy && busy !== 'alternative'}
                style={{ height: 'auto', padding: '6px 12px', textAlign: 'start', justifyContent: 'flex-start', whiteSpace: 'normal' }}
                onClick={() => onTake(a)}
                data-alternative={a.kind}
              >
                <span>
                  <b>{t(`bookings.conflict.kind.${a.kind}`)}</b> · {a.venueName} · {formatRange(a.startAt, a.endAt, zone, lang)}
                  {a.capacity !== null && <span className="hw-muted"> · {t('bookings.grid.capacity', { count: a.capacity })}</span>}
                </span>
              </Button>
            ))}
          </Flex>
        )}
      </div>
    </Modal>
  );
}
