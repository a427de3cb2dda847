/** 通知要素 checklist: each item the notice's kind needs, ✓ when present, ✗ with where to fill it when not. */
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REQUIRED_ITEMS, type CompletenessItem, type NoticeKind } from '../../../../shared/notices';
import { itemKey } from '../labels';

/** Items filled in on the meeting's plan rather than on the notice. */
const ON_MEETING: readonly CompletenessItem[] = ['purpose', 'time', 'place'];

/** The list; `missing` is the live result of the shared check. */
export function NoticeChecklist({ kind, missing, recipients }: { kind: NoticeKind; missing: readonly CompletenessItem[]; recipients: number }) {
  const { t } = useTranslation();
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="notice-checklist" data-missing={missing.join(',')}>
      {REQUIRED_ITEMS[kind].map((item) => {
        const ok = !missing.includes(item);
        const hint = ok
          ? item === 'attendees' ? t('notices.checklist.recipients', { count: recipients }) : null
          : ON_MEETING.includes(item) ? t('notices.checklist.onMeeting') : t(`notices.checklist.hint.${item}`);
        return (
          <li key={item} data-item={item} data-ok={ok} style={{ display: 'flex', gap: 8, alignItems: 'flex-start', padding: '4px 0' }}>
            {ok ? <CheckCircleFilled style={{ color: '#52c41a', marginTop: 4 }} aria-label="✓" /> : <CloseCircleFilled style={{ color: '#ff4d4f', marginTop: 4 }} aria-label="✗" />}
            <div style={{ minWidth: 0 }}>
              <Typography.Text type={ok ? undefined : 'danger'}>{t(itemKey(item))}</Typography.Text>
              {hint && <div className="hw-muted" style={{ fontSize: 12 }}>{hint}</div>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
