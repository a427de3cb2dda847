/** 现场控制 (`/meetings/:id/run`), for a tablet or phone on the day: the item running now with its countdown (red once over time), the next item, and the whole list with planned and actual times; 会务人员 start and finish items. */
import { ArrowLeftOutlined, CaretRightOutlined, CheckOutlined, ClockCircleOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Popconfirm, Progress, Result, Row, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { clockTime } from '../../../../shared/time';
import { PageLoading, useCan } from '../../../app/auth';
import { formatInstant } from '../../../app/datetime';
import { errorMessage, useShowError } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useMeeting } from '../../meetings/api';
import { clockWithSeconds, countdownAt, countdownText, formatClock, MINUTE, runningEnd, sameDay, serverNow } from '../agenda-time';
import { useLiveAgenda, useRunItem, type AgendaItem } from '../api';
import { KIND_COLORS, kindLabel } from '../labels';
import '../agenda.css';

/** The local clock, every second (the countdown moves between the 5-second reads). */
function useTick(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

type ItemState = 'running' | 'done' | 'waiting';
const stateOf = (i: AgendaItem): ItemState => (i.actualEndAt !== null ? 'done' : i.actualStartAt !== null ? 'running' : 'waiting');

/** How long past its planned length an item ran (0 when it was on time, or is not finished). */
function overranMs(i: AgendaItem): number {
  if (i.actualStartAt === null || i.actualEndAt === null) return 0;
  return Math.max(0, i.actualEndAt - i.actualStartAt - (i.endAt - i.startAt));
}

/** The page. */
export function RunOfShowPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const canRun = useCan('agenda.run');
  const meetingQuery = useMeeting(id);
  const live = useLiveAgenda(id);
  const run = useRunItem(id ?? '');
  const showError = useShowError();
  const tick = useTick();
  const lang = currentLang();
  const sep = lang === 'zh-CN' ? '、' : ', ';

  if (meetingQuery.isPending || live.isPending) return <PageLoading />;
  const failed = meetingQuery.error ?? live.error;
  if (failed && !live.data) {
    return <Result status="warning" title={errorMessage(failed)} extra={<Button onClick={() => navigate('/meetings')}>{t('nav.backToMeetings')}</Button>} />;
  }
  const meeting = meetingQuery.data!;
  const data = live.data!;
  const zone = meeting.timeZone;
  const now = serverNow(data, live.dataUpdatedAt, tick);
  const items = data.items;
  const current = items.find((i) => i.id === data.currentId);
  const next = items.find((i) => i.id === data.nextId);
  const running = items.find((i) => stateOf(i) === 'running');
  const count = current ? countdownAt(current, now) : undefined;
  const over = !!count?.over;
  const busy = (itemId: string, action: 'start' | 'finish') => run.isPending && run.variables?.itemId === itemId && run.variables.action === action;

  const act = (item: AgendaItem, action: 'start' | 'finish') =>
    run.mutate({ itemId: item.id, action }, {
      onSuccess: () => void message.success(t(action === 'start' ? 'agenda.run.started' : 'agenda.run.finished', { title: item.title })),
      onError: showError,
    });

  const span = (i: AgendaItem) => `${clockTime(i.startAt, zone)}–${clockTime(i.endAt, zone)}`;
  const presenters = (i: AgendaItem) => (i.presenterNames.length ? t('agenda.run.presenters', { names: i.presenterNames.join(sep) }) : null);
  const where = (i: AgendaItem) => i.venueName ?? i.place;

  /** 开始 of a waiting item; when another runs, a confirmation says it will end at the same moment. */
  const startButton = (i: AgendaItem, big: boolean, primary: boolean) => {
    const button = (
      <Button type={primary ? 'primary' : 'default'} size={big ? 'large' : 'small'} className={big ? 'hw-run-button' : undefined} block={big}
        icon={<CaretRightOutlined />} loading={busy(i.id, 'start')} disabled={run.isPending && !busy(i.id, 'start')}
        onClick={running ? undefined : () => act(i, 'start')} data-testid={big ? 'run-start-next' : 'run-start'}>
        {big ? t('agenda.run.startNext') : t('agenda.run.start')}
      </Button>
    );
    if (!running) return button;
    return (
      <Popconfirm title={t('agenda.run.startConfirm', { title: i.title })} description={t('agenda.run.startConfirmHint', { running: running.title })}
        okText={t('agenda.run.start')} cancelText={t('common.cancel')} onConfirm={() => act(i, 'start')}>
        {button}
      </Popconfirm>
    );
  };

  const nowCard = () => {
    if (!current || !count) {
      return (
        <div className="hw-run-now is-idle" data-testid="run-now">
          <div className="hw-run-label"><ClockCircleOutlined /> {t('agenda.run.nothingNow')}</div>
          {next && next.startAt > now && next.startAt - now < 86_400_000 && (
            <div className="hw-run-meta" style={{ marginTop: 8 }}>{t('agenda.run.startsIn', { title: next.title, time: formatClock(next.startAt - now, 'up') })}</div>
          )}
          {!next && <div className="hw-run-meta" style={{ marginTop: 8 }}>{items.length ? t('agenda.run.allDone') : t('agenda.run.empty')}</div>}
        </div>
      );
    }
    const started = current.actualStartAt !== null;
    const planned = current.endAt - current.startAt;
    const elapsed = Math.min(planned, Math.max(0, now - (current.actualStartAt ?? current.startAt)));
    return (
      <div className={`hw-run-now${over ? ' is-over' : ''}`} data-testid="run-now" data-over={over}>
        <div className="hw-run-label">
          <span>{started ? t('agenda.run.now') : t('agenda.run.nowPlanned')}</span>
          <Tag color={KIND_COLORS[current.kind]} style={{ marginInlineEnd: 0 }}>{kindLabel(current.kind)}</Tag>
        </div>
        <div className="hw-run-title">{current.title}</div>
        {presenters(current) && <div className="hw-run-meta">{presenters(current)}</div>}
        <div className="hw-run-meta">
          {t('agenda.run.plannedLine', { span: span(current), minutes: Math.round(planned / MINUTE) })}
          {started && <> · {t('agenda.run.startedAt', { at: clockTime(current.actualStartAt!, zone) })}</>}
          {where(current) && <> · {where(current)}</>}
        </div>
        <div className="hw-run-count" data-testid="run-countdown" aria-live="off">
          {countdownText(count)}
          <small>{over ? t('agenda.run.over') : t('agenda.run.left')}</small>
        </div>
        <div className="hw-run-meta" style={{ marginBottom: 12 }}>
          {t('agenda.run.endsAt', { at: clockTime(runningEnd(current), zone) })}
        </div>
        <Progress percent={planned ? Math.round((elapsed / planned) * 100) : 100} showInfo={false} status={over ? 'exception' : 'active'} strokeColor={over ? '#ff4d4f' : undefined} style={{ marginBottom: canRun ? 16 : 0 }} />
        {canRun && (started ? (
          <Button size="large" className="hw-run-button" block danger={over} type={over ? 'primary' : 'default'} icon={<CheckOutlined />}
            loading={busy(current.id, 'finish')} disabled={run.isPending && !busy(current.id, 'finish')} onClick={() => act(current, 'finish')} data-testid="run-finish">
            {t('agenda.run.finish')}
          </Button>
        ) : (
          <Button size="large" type="primary" className="hw-run-button" block icon={<CaretRightOutlined />}
            loading={busy(current.id, 'start')} disabled={run.isPending && !busy(current.id, 'start')} onClick={() => act(current, 'start')} data-testid="run-start-current">
            {t('agenda.run.start')}
          </Button>
        ))}
      </div>
    );
  };

  const nextCard = next && (
    <div className="hw-run-next" data-testid="run-next">
      <div className="hw-run-label">
        <span>{t('agenda.run.next')}</span>
        <Tag color={KIND_COLORS[next.kind]} style={{ marginInlineEnd: 0 }}>{kindLabel(next.kind)}</Tag>
      </div>
      <div className="hw-run-title">{next.title}</div>
      <div className="hw-run-meta">
        {t('agenda.run.plannedSpan', { span: sameDay(next.startAt, now, zone) ? span(next) : `${formatInstant(next.startAt, zone)}–${clockTime(next.endAt, zone)}` })}
        {presenters(next) && <> · {presenters(next)}</>}
      </div>
      {canRun && <div style={{ marginTop: 12 }}>{startButton(next, true, true)}</div>}
    </div>
  );

  const list = (
    <Card size="small" title={t('agenda.run.listTitle', { count: items.length })} styles={{ body: { paddingBlock: 4 } }}>
      {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agenda.run.empty')} /> : (
        <ul className="hw-run-list" data-testid="run-list">
          {items.map((i) => {
            const state = stateOf(i);
            const late = overranMs(i);
            return (
              <li key={i.id} className={i.id === current?.id ? 'is-current' : state === 'done' ? 'is-done' : undefined} data-item={i.id} data-state={state}>
                <div className="hw-run-times">
                  <b>{span(i)}</b>
                  <div className="hw-muted">
                    {state === 'waiting' ? t('agenda.run.actualNone')
                      : state === 'running' ? t('agenda.run.actualFrom', { at: clockTime(i.actualStartAt!, zone) })
                      : t('agenda.run.actual', { span: `${clockTime(i.actualStartAt!, zone)}–${clockTime(i.actualEndAt!, zone)}` })}
                  </div>
                </div>
                <div className="hw-run-item">
                  <div className="hw-run-item-title">{i.title}</div>
                  <Flex gap={4} wrap style={{ marginTop: 2 }}>
                    {state === 'running' && <Tag color="blue" variant="solid" style={{ marginInlineEnd: 0 }}>{t('agenda.run.stateRunning')}</Tag>}
                    {state === 'done' && <Tag style={{ marginInlineEnd: 0 }}>{t('agenda.run.stateDone')}</Tag>}
                    {late >= MINUTE && <Tag color="red" style={{ marginInlineEnd: 0 }}>{t('agenda.run.overran', { count: Math.round(late / MINUTE) })}</Tag>}
                  </Flex>
                </div>
                {canRun && state === 'waiting' && i.id !== next?.id && <div style={{ flex: 'none' }}>{startButton(i, false, false)}</div>}
                {canRun && state === 'running' && i.id !== current?.id && (
                  <Button size="small" icon={<CheckOutlined />} loading={busy(i.id, 'finish')} onClick={() => act(i, 'finish')}>{t('agenda.run.finish')}</Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );

  return (
    <div className="hw-run" data-testid="run-page">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate(`/meetings/${encodeURIComponent(meeting.id)}?tab=agenda`)} style={{ paddingInline: 0, marginBottom: 4 }}>
        {t('agenda.run.back')}
      </Button>
      <div className="hw-run-head">
        <div style={{ minWidth: 0 }}>
          <div className="hw-muted" style={{ fontSize: 13 }}>{t('agenda.runLink')}</div>
          <h1>{meeting.title}</h1>
        </div>
        <Flex align="center" gap={8}>
          {live.isFetching && <Spin size="small" />}
          <span className="hw-run-clock" data-testid="run-clock">{clockWithSeconds(now, zone)}</span>
        </Flex>
      </div>
      {live.error && <Alert type="warning" showIcon banner title={t('agenda.run.stale', { message: errorMessage(live.error) })} style={{ marginBottom: 12 }} />}
      {over && current && (
        <Alert type="error" showIcon banner icon={<WarningFilled />} data-testid="run-over-alert" style={{ marginBottom: 12, fontSize: 16 }}
          title={t(current.presenterIds.length ? 'agenda.run.overAlertPresenter' : 'agenda.run.overAlert', { title: current.title, time: formatClock(count!.overrunMs) })} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <Flex vertical gap={16}>
            {nowCard()}
            {nextCard}
          </Flex>
        </Col>
        <Col xs={24} lg={11}>{list}</Col>
      </Row>
    </div>
  );
}

