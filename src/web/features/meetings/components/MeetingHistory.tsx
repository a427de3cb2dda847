/** The meeting's state changes as a timeline: who, when, from → to, and why. */
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../app/datetime';
import type { MeetingHistoryEntry } from '../api';

const COLORS: Record<string, string> = { reject: 'red', cancel: 'red', approve: 'green', close: 'gray' };

/** Oldest first, as the meeting lived it. */
export function MeetingHistory({ history, zone }: { history: readonly MeetingHistoryEntry[]; zone: string }) {
  const { t } = useTranslation();
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meeting.detail.noHistory')} />;
  return (
    <Timeline
      items={history.map((h) => ({
        key: h.id,
        color: COLORS[h.action] ?? 'blue',
        content: (
          <div>
            <div className="hw-muted" style={{ fontSize: 12 }}>{formatInstant(h.at, zone)}</div>
            <Typography.Text strong>{h.actorName ?? t('meeting.detail.system')}</Typography.Text>{' '}
            {t(`meeting.action.${h.action}`, h.action)}
            <div className="hw-muted">
              {t(`status.${h.fromStatus}`)} → {t(`status.${h.toStatus}`)}
            </div>
            {h.reason && <div>{t('meeting.detail.reasonLine', { reason: h.reason })}</div>}
          </div>
        ),
      }))}
    />
  );
}
