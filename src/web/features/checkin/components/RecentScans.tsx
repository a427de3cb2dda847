/** This device's latest scans, newest first, each with its result and whether it reached the server. */
import { CheckOutlined, CloudUploadOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../../../shared/time';
import type { DeviceScan } from '../decide';
import { toneOf, type Tone } from './ScanResultPanel';

const TAG_COLOR: Record<Tone, string> = { ok: 'success', exit: 'processing', warn: 'warning', bad: 'error', idle: 'default' };

/** The list (at most `limit` rows). */
export function RecentScans({ scans, zone, limit = 8 }: { scans: readonly DeviceScan[]; zone: string; limit?: number }) {
  const { t } = useTranslation();
  const rows = [...scans].sort((a, b) => b.input.scannedAt - a.input.scannedAt || b.seq - a.seq).slice(0, limit);
  return (
    <section className="hw-scan-recent">
      <h2>{t('checkin.scan.recent')}</h2>
      {!rows.length && <div className="hw-muted">{t('checkin.scan.noRecent')}</div>}
      <ul>
        {rows.map((s) => (
          <li key={s.input.nonce} data-testid="recent-scan" data-state={s.state}>
            <span className="hw-scan-recent-time">{clockTime(s.input.scannedAt, zone)}</span>
            <span className="hw-scan-recent-name">{s.participant?.name ?? '—'}</span>
            <Tag color={TAG_COLOR[toneOf(s)]}>{s.state === 'rejected' ? t('checkin.result.rejected') : t(`checkin.result.${s.result}`)}</Tag>
            <span className="hw-scan-recent-sync" title={t(`checkin.sync.${s.state}`)} aria-label={t(`checkin.sync.${s.state}`)}>
              {s.state === 'synced' ? <CheckOutlined /> : s.state === 'queued' ? <CloudUploadOutlined /> : <WarningOutlined />}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
