/**
 * The scanner (`/scan/:meetingId`): a desk's phone, full screen, no app chrome. Works offline once opened: the bundle and the queue live in
 * IndexedDB, passes are verified on the phone, and the app shell is kept by a service worker so the page reopens without a network.
 */
import { FormOutlined, SearchOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, App, Button, Result, Segmented, Spin, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { clockTime } from '../../../../shared/time';
import { PageLoading } from '../../../app/auth';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { useMeQuery } from '../../auth/api';
import { FindPersonDrawer } from '../components/FindPersonDrawer';
import { preloadDecoder, QrCamera } from '../components/QrCamera';
import { RecentScans } from '../components/RecentScans';
import { ScanResultPanel } from '../components/ScanResultPanel';
import { ScanSetup, type SetupValues } from '../components/ScanSetup';
import { defaultDeviceName, saveDeviceName, savedDeviceName, savedListId, saveListId, saveSoundOn, soundOn } from '../device';
import { signalResult } from '../feedback';
import { keepScannerPhotos, keepScannerShell } from '../sw-register';
import { useScannerSession } from '../use-scanner';
import '../checkin.css';
import { listName } from '../list-name';

/** The route: signed-in staff with `checkin.scan`; with no network at all (a reload offline) it opens on what the phone kept. */
export function ScanPage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const location = useLocation();
  const me = useMeQuery();
  if (me.isPending) return <PageLoading />;
  if (me.data === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.data && !me.data.permissions.includes('checkin.scan')) return <Result status="403" title="403" subTitle={t('checkin.scan.forbidden')} />;
  return <Scanner meetingId={meetingId} />;
}

function Scanner({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [deviceName, setDeviceName] = useState(() => savedDeviceName() ?? defaultDeviceName(t('checkin.scan.devicePrefix')));
  const [listId, setListId] = useState<string | null>(() => savedListId(meetingId));
  const [sound, setSound] = useState(soundOn);
  const [setup, setSetup] = useState(() => !savedDeviceName() || !savedListId(meetingId));
  const [direction, setDirection] = useState<'in' | 'out'>('in');
  const [shown, setShown] = useState<string | null>(null);
  const [find, setFind] = useState<'manual' | 'makeup' | null>(null);
  const { session, snapshot, persistent } = useScannerSession(meetingId, deviceName);
  const kept = useRef(false);
  const bundle = snapshot.bundle;
  const list = bundle?.lists.find((l) => l.id === listId);
  const shownScan = shown ? snapshot.scans.find((s) => s.input.nonce === shown) ?? null : null;

  // Once the page is ready: load the QR decoder, then let the service worker keep every file this page needed.
  const [shellKept, setShellKept] = useState(false);
  useEffect(() => {
    if (snapshot.phase !== 'ready' || kept.current) return;
    kept.current = true;
    void preloadDecoder().then(() => keepScannerShell()).then(setShellKept);
  }, [snapshot.phase]);
  // With each bundle, the photos of who has one are fetched ahead so faces show offline too.
  useEffect(() => {
    if (shellKept && bundle) void keepScannerPhotos(bundle);
  }, [shellKept, bundle?.generatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  // The server may overturn the phone's verdict (another desk was first): say so again, loudly.
  const lastResult = useRef<string | null>(null);
  useEffect(() => {
    if (!shownScan) return;
    const key = `${shownScan.input.nonce}:${shownScan.state === 'rejected' ? 'rejected' : shownScan.result}:${shownScan.flagged}`;
    if (lastResult.current && lastResult.current !== key && lastResult.current.startsWith(shownScan.input.nonce) && sound) signalResult(shownScan.result);
    lastResult.current = key;
  }, [shownScan, sound]);

  if (snapshot.phase === 'loading' || !session) return <div className="hw-scan"><div className="hw-scan-center"><Spin size="large" /><p>{t('checkin.scan.loading')}</p></div></div>;
  if (snapshot.phase === 'no_bundle' || !bundle) {
    return (
      <div className="hw-scan">
        <Result status="warning" title={t('checkin.scan.noBundle')} extra={<Button type="primary" onClick={() => void session.refreshBundle()}>{t('checkin.scan.retry')}</Button>} />
      </div>
    );
  }

  const zone = bundle.timeZone;
  const showSetup = setup || !list;
  const counts = list ? session.counts(list.id) : { arrived: 0, expected: 0 };

  const done = (v: SetupValues) => {
    saveDeviceName(v.deviceName);
    saveListId(meetingId, v.listId);
    saveSoundOn(v.sound);
    setDeviceName(v.deviceName);
    setListId(v.listId);
    setSound(v.sound);
    setDirection('in');
    setShown(null);
    setSetup(false);
  };

  const show = (p: Promise<{ input: { nonce: string }; result: Parameters<typeof signalResult>[0] }>) =>
    p.then((scan) => {
      setShown(scan.input.nonce);
      if (sound) signalResult(scan.result);
    }, (err: unknown) => void message.error(err instanceof Error ? err.message : String(err)));

  return (
    <div className="hw-scan" data-testid="scan-page">
      <header className="hw-scan-top">
        <span className="hw-scan-brand"><span className="hw-brand-mark">会</span><span className="hw-scan-meeting">{bundle.meetingTitle}</span></span>
        <span className="hw-scan-status">
          <Tag color={snapshot.online ? 'success' : 'error'} data-testid="scan-network" data-online={snapshot.online ? 'yes' : 'no'}>
            {snapshot.online ? t('checkin.scan.online') : t('checkin.scan.offline')}
          </Tag>
          {snapshot.queued > 0 && <Tag color="warning" data-testid="scan-queue">{t('checkin.scan.queue', { count: snapshot.queued })}</Tag>}
          {!showSetup && <Button type="text" size="small" icon={<SettingOutlined />} aria-label={t('checkin.scan.settings')} onClick={() => setSetup(true)} className="hw-scan-icon-button" />}
        </span>
      </header>

      {!window.isSecureContext && <Alert type="warning" showIcon title={t('checkin.scan.insecure')} className="hw-scan-alert" />}
      {!persistent && <Alert type="warning" showIcon title={t('checkin.scan.memoryOnly')} className="hw-scan-alert" />}
      {snapshot.stopped === 'auth' && (
        <Alert type="error" showIcon title={t('checkin.scan.authStopped')} className="hw-scan-alert"
          action={<Link to="/login" state={{ from: `/scan/${meetingId}` }}>{t('checkin.scan.signIn')}</Link>} />
      )}

      {showSetup ? (
        <main className="hw-scan-main">
          {bundle.lists.length ? (
            <ScanSetup lists={bundle.lists} initial={{ listId: list?.id ?? bundle.lists[0].id, deviceName, sound }} onDone={done} />
          ) : (
            <Result status="info" title={t('checkin.scan.noLists')} />
          )}
        </main>
      ) : (
        <main className="hw-scan-main">
          <div className="hw-scan-bar">
            <div className="hw-scan-list">
              <div className="hw-scan-list-title" data-testid="scan-list-name">{listName(list!.name)}</div>
              <div className="hw-scan-device">{deviceName}</div>
            </div>
            <div className="hw-scan-counts" data-testid="scan-counts">
              <b>{counts.arrived}</b><span>/{counts.expected}</span>
              <small>{t('checkin.scan.arrived')}/{t('checkin.scan.expected')}</small>
            </div>
          </div>
          {list!.trackExit && (
            <Segmented block size="large" value={direction} onChange={(v) => setDirection(v as 'in' | 'out')}
              options={[{ value: 'in', label: t('checkin.scan.in') }, { value: 'out', label: t('checkin.scan.out') }]} style={{ marginBottom: 12 }} />
          )}
          <ScanResultPanel scan={shownScan} list={list} zone={zone} meetingId={meetingId} online={snapshot.online} />
          <QrCamera onDecode={(text) => void show(session.scanPass(text, list!.id, direction))} />
          <div className="hw-scan-actions">
            <Button size="large" icon={<SearchOutlined />} onClick={() => setFind('manual')} data-testid="scan-find">{t('checkin.scan.find')}</Button>
            <Button size="large" icon={<FormOutlined />} onClick={() => setFind('makeup')} data-testid="scan-makeup">{t('checkin.scan.makeup')}</Button>
          </div>
          <RecentScans scans={snapshot.scans.filter((s) => s.input.listId === list!.id)} zone={zone} />
          <div className="hw-scan-foot">
            {snapshot.lastSyncAt && <span>{t('checkin.scan.syncedAt', { time: clockTime(snapshot.lastSyncAt, zone) })}</span>}
            <span>{t('checkin.scan.bundleAt', { time: clockTime(bundle.generatedAt, zone) })}</span>
          </div>
          <FindPersonDrawer
            open={find !== null}
            mode={find ?? 'manual'}
            bundle={bundle}
            scans={snapshot.scans}
            listId={list!.id}
            onClose={() => setFind(null)}
            onAdmit={(pid, reason) => void show(session.admit(pid, list!.id, { method: find ?? 'manual', reason, direction }))}
          />
        </main>
      )}
      <footer className="hw-scan-bottom">
        <Link to={`/meetings/${encodeURIComponent(meetingId)}?tab=checkin`}>{t('checkin.scan.backToMeeting')}</Link>
        <LanguageSwitch size="small" />
      </footer>
    </div>
  );
}
