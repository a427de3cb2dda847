/** What a 变更通知 announces: the meeting's time and place before and after, or that it is cancelled. */
import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatRange } from '../../../../shared/time';
import { currentLang } from '../../../app/i18n';

type Slot = { startAt: number; endAt: number; place: string | null };
/** The change a change notice carries (as the server stores it). */
export type NoticeChange = { before: Slot; after: Slot; cancelled?: boolean; reason?: string | null };

/** True for a value shaped like a stored change. */
export function isChange(v: unknown): v is NoticeChange {
  const c = v as NoticeChange | null;
  return !!c && typeof c === 'object' && !!c.before && !!c.after && typeof c.before.startAt === 'number' && typeof c.after.startAt === 'number';
}

/** What changed, before → after, in the meeting's zone (only the time or the place when only that moved); `inline` for a table cell. */
export function ChangeSummary({ change, zone, inline }: { change: unknown; zone: string; inline?: boolean }) {
  const { t } = useTranslation();
  if (!isChange(change)) return null;
  const lang = currentLang();
  const range = (s: Slot) => formatRange(s.startAt, s.endAt, zone, lang);
  const size = inline ? 12 : undefined;
  if (change.cancelled) {
    return (
      <Flex vertical gap={2} style={{ fontSize: size }} data-testid="notice-change">
        <Typography.Text delete type="secondary" style={{ fontSize: size }}>{range(change.before)}{change.before.place ? ` · ${change.before.place}` : ''}</Typography.Text>
        <Typography.Text type="danger" style={{ fontSize: size }}>{change.reason ? t('notices.change.cancelledWith', { reason: change.reason }) : t('notices.change.cancelled')}</Typography.Text>
      </Flex>
    );
  }
  const lines: { key: string; label: string; before: string; after: string }[] = [];
  if (change.before.startAt !== change.after.startAt || change.before.endAt !== change.after.endAt) {
    lines.push({ key: 'time', label: t('notices.change.time'), before: range(change.before), after: range(change.after) });
  }
  if ((change.before.place ?? '') !== (change.after.place ?? '')) {
    lines.push({ key: 'place', label: t('notices.change.place'), before: change.before.place ?? '—', after: change.after.place ?? '—' });
  }
  return (
    <Flex vertical gap={2} style={{ fontSize: size }} data-testid="notice-change">
      {lines.map((l) => (
        <div key={l.key} data-change={l.key}>
          <Typography.Text type="secondary" style={{ fontSize: size }}>{l.label}</Typography.Text>{' '}
          <Typography.Text delete type="secondary" style={{ fontSize: size }}>{l.before}</Typography.Text>{' '}
          <ArrowRightOutlined className="hw-muted" style={{ fontSize: 11 }} />{' '}
          <Typography.Text strong style={{ fontSize: size }}>{l.after}</Typography.Text>
        </div>
      ))}
    </Flex>
  );
}
