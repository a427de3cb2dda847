/** A notice's delivery progress: one stacked bar (answered, read, sent, failed, queued) and the counts under it. */
import { Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeliveryStatus, Notice } from '../../../../shared/notices';
import { DELIVERY_COLORS } from '../labels';

/** Order of the bar's segments, left to right. */
const ORDER: readonly DeliveryStatus[] = ['answered', 'read', 'sent', 'failed', 'queued'];

/** The bar; nothing but the recipient count before anything was queued. */
export function NoticeProgress({ notice: n, compact }: { notice: Notice; compact?: boolean }) {
  const { t } = useTranslation();
  const c = n.deliveries;
  if (c.total === 0) return <span className="hw-muted">{t('notices.progress.recipients', { count: n.recipients })}</span>;
  const done = c.sent + c.read + c.answered;
  const label = ORDER.filter((s) => c[s] > 0).map((s) => `${t(`notices.delivery.${s}`)} ${c[s]}`).join(' · ');
  return (
    <div data-testid="notice-progress" data-sent={done} data-total={c.total} data-queued={c.queued} data-failed={c.failed} style={{ minWidth: compact ? 120 : 160 }}>
      <Tooltip title={label}>
        <div role="progressbar" aria-valuemin={0} aria-valuemax={c.total} aria-valuenow={done} aria-label={label}
          style={{ display: 'flex', height: 8, borderRadius: 4, overflow: 'hidden', background: '#f0f0f0' }}>
          {ORDER.map((s) => (c[s] > 0 ? <div key={s} style={{ width: `${(c[s] / c.total) * 100}%`, background: DELIVERY_COLORS[s], transition: 'width .4s' }} /> : null))}
        </div>
      </Tooltip>
      <Flex wrap gap="0 8px" style={{ fontSize: 12, marginTop: 4 }} className="hw-muted">
        <span>{t('notices.progress.done', { done, total: c.total })}</span>
        {c.queued > 0 && <span>{t('notices.progress.queued', { count: c.queued })}</span>}
        {c.failed > 0 && <span style={{ color: DELIVERY_COLORS.failed }}>{t('notices.progress.failed', { count: c.failed })}</span>}
        {c.read + c.answered > 0 && <span>{t('notices.progress.read', { count: c.read + c.answered })}</span>}
        {c.answered > 0 && <span>{t('notices.progress.answered', { count: c.answered })}</span>}
      </Flex>
    </div>
  );
}
