/** The big result of the last scan: colour AND words (签到成功 / 已于 09:03 在 签到台2 签到 / …), then who it is for the identity check. */
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, LogoutOutlined, QrcodeOutlined, QuestionCircleFilled, StopFilled, UserOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinList } from '../../../../shared/checkin';
import { ROLE_LABELS, type ParticipantRole } from '../../../../shared/participants';
import { clockTime } from '../../../../shared/time';
import { currentLang } from '../../../app/i18n';
import { photoUrl } from '../api';
import type { DeviceScan } from '../decide';
import { listName } from '../list-name';

/** The colour family of a result. */
export type Tone = 'ok' | 'exit' | 'warn' | 'bad' | 'idle';

/** Which colour a scan shows. */
export function toneOf(scan: DeviceScan): Tone {
  if (scan.state === 'rejected') return 'bad';
  if (scan.result === 'ok') return 'ok';
  if (scan.result === 'exit') return 'exit';
  if (scan.result === 'already' || scan.result === 'closed') return 'warn';
  return 'bad';
}

const ICONS: Record<Tone, ReactNode> = {
  ok: <CheckCircleFilled />, exit: <LogoutOutlined />, warn: <ExclamationCircleFilled />, bad: <CloseCircleFilled />, idle: <QrcodeOutlined />,
};

function windowText(list: CheckinList, zone: string): string {
  const from = list.opensAt !== null ? clockTime(list.opensAt, zone) : '';
  const to = list.closesAt !== null ? clockTime(list.closesAt, zone) : '';
  return `${from}–${to}`;
}

/** The headline and the line under it for a scan. */
export function useResultText(): (scan: DeviceScan, list: CheckinList | undefined, zone: string) => { title: string; detail: string } {
  const { t } = useTranslation();
  return (scan, list, zone) => {
    const time = scan.first ? clockTime(scan.first.at, zone) : '';
    const shownListName = list ? listName(list.name) : '';
    if (scan.state === 'rejected') return { title: t('checkin.result.rejected'), detail: t('checkin.detail.rejected') };
    const title = t(`checkin.result.${scan.result}`);
    switch (scan.result) {
      case 'ok':
        return { title, detail: scan.first ? t('checkin.detail.okReentry', { time }) : '' };
      case 'already':
        if (scan.flagged) return { title, detail: t('checkin.detail.flagged') };
        if (!scan.first) return { title, detail: scan.input.direction === 'out' ? t('checkin.detail.alreadyOut') : '' };
        if (scan.input.direction === 'out') return { title, detail: t('checkin.detail.alreadyOut') };
        return { title, detail: scan.first.deviceId ? t('checkin.detail.alreadyAtDevice', { time, device: scan.first.deviceId }) : t('checkin.detail.alreadyAt', { time }) };
      case 'not_on_list':
        return { title, detail: t('checkin.detail.notOnList', { list: shownListName }) };
      case 'revoked':
        return { title, detail: t('checkin.detail.revoked') };
      case 'unknown':
        return { title, detail: t('checkin.detail.unknown') };
      case 'closed':
        return { title, detail: list && (list.opensAt !== null || list.closesAt !== null) ? t('checkin.detail.closedWindow', { list: shownListName, window: windowText(list, zone) }) : t('checkin.detail.closed', { list: shownListName }) };
      default:
        return { title, detail: '' };
    }
  };
}

/** The ID photo; offline it comes from the scanner's service worker, which fetched it ahead; a placeholder when it cannot load. */
function Photo({ meetingId, participantId }: { meetingId: string; participantId: string }) {
  const [failed, setFailed] = useState(false);
  if (failed) return <div className="hw-scan-photo is-empty"><UserOutlined /></div>;
  return <img className="hw-scan-photo" src={photoUrl(meetingId, participantId)} alt="" onError={() => setFailed(true)} />;
}

/** The panel. */
export function ScanResultPanel({ scan, list, zone, meetingId, online }: { scan: DeviceScan | null; list: CheckinList | undefined; zone: string; meetingId: string; online: boolean }) {
  const { t } = useTranslation();
  const text = useResultText();
  const lang = currentLang();
  if (!scan) {
    return (
      <section className="hw-scan-result is-idle" data-testid="scan-result" data-result="idle">
        <div className="hw-scan-result-head"><span className="hw-scan-result-icon">{ICONS.idle}</span><span className="hw-scan-result-title">{t('checkin.result.ready')}</span></div>
        <div className="hw-scan-result-detail">{t('checkin.detail.readyHint')}</div>
      </section>
    );
  }
  const tone = toneOf(scan);
  const { title, detail } = text(scan, list, zone);
  const p = scan.participant;
  const icon = scan.result === 'unknown' ? <QuestionCircleFilled /> : scan.result === 'revoked' ? <StopFilled /> : ICONS[tone];
  return (
    <section className={`hw-scan-result is-${tone}`} data-testid="scan-result" data-result={scan.state === 'rejected' ? 'rejected' : scan.result} aria-live="assertive">
      <div className="hw-scan-result-head">
        <span className="hw-scan-result-icon">{icon}</span>
        <span className="hw-scan-result-title" data-testid="scan-result-title">{title}</span>
      </div>
      {detail && <div className="hw-scan-result-detail" data-testid="scan-result-detail">{detail}</div>}
      {p && (
        <div className="hw-scan-person">
          {p.hasPhoto ? <Photo key={p.id} meetingId={meetingId} participantId={p.id} /> : <div className="hw-scan-photo is-empty"><UserOutlined /></div>}
          <div className="hw-scan-person-text">
            <div className="hw-scan-person-name" data-testid="scan-person-name">{p.name}</div>
            {p.unit && <div className="hw-scan-person-unit">{p.unit}</div>}
            <div className="hw-scan-person-tags">
              <Tag>{ROLE_LABELS[p.role as ParticipantRole]?.[lang] ?? p.role}</Tag>
              {p.groupName && <Tag color="geekblue">{p.groupName}</Tag>}
              {scan.input.method !== 'qr' && <Tag color="purple">{t(`checkin.method.${scan.input.method}`)}</Tag>}
            </div>
          </div>
        </div>
      )}
      <div className="hw-scan-result-sync" data-testid="scan-result-sync" data-state={scan.state}>
        {scan.state === 'queued' ? (online ? t('checkin.sync.confirming') : t('checkin.sync.queued')) : scan.state === 'synced' ? t('checkin.sync.synced') : t('checkin.sync.rejected')}
        {' · '}{clockTime(scan.input.scannedAt, zone)}
      </div>
    </section>
  );
}
