/**
 * The tasks as a timeline (Gantt): one bar per task (its planned days of work ending at the due date), dependency arrows,
 * the critical path highlighted, today and the meeting marked. Rows are grouped by 会务分工 group rather than by phase:
 * the time axis already shows the phase (before the meeting line, between its lines, after them), while the group says which
 * team to chase, and a team's consecutive bars read as its workload.
 */
import { ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Alert, Empty, Flex, Grid, Popover, Segmented, Typography } from 'antd';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scheduleTasks } from '../../../../shared/task-schedule';
import { currentLang } from '../../../app/i18n';
import type { Task } from '../api';
import { arrowPath, axisRange, buildAxis, timelineRows, type TimelineRow } from '../timeline-layout';
import { BarDetails, slackText, TimelineLegend } from './timeline-parts';
import './task-timeline.css';

const GROUP_H = 26;
const HEAD_H = 44;
const BAR_H = 16;

/** Props: the meeting's tasks, its zone and (when known) its start and end, and the edit action when the user may edit. */
export type TaskTimelineProps = {
  tasks: readonly Task[]; timeZone: string; meetingStart?: number; meetingEnd?: number; onEdit?: (task: Task) => void;
};

/** The Gantt view of the 任务 tab. */
export function TaskTimeline({ tasks, timeZone, meetingStart, meetingEnd, onEdit }: TaskTimelineProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const mobile = !Grid.useBreakpoint().md;
  const nameW = mobile ? 128 : 240;
  // Two-line names on a phone need taller rows.
  const ROW_H = mobile ? 38 : 30;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [boxWidth, setBoxWidth] = useState(0);
  // 'fit' squeezes the whole plan into the box (down to a floor); 'day' gives every day a labelled column.
  const [zoom, setZoom] = useState<'fit' | 'day'>('fit');
  // The clock is read when the list changes (a refetch moves today's line and the forecasts).
  const now = useMemo(() => Date.now(), [tasks]);
  const schedule = useMemo(() => scheduleTasks(tasks, { now, zone: timeZone }), [tasks, now, timeZone]);
  const rows = useMemo(() => timelineRows(tasks, schedule.entries), [tasks, schedule]);
  const byId = useMemo(() => new Map(tasks.map((x) => [x.id, x])), [tasks]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    setBoxWidth(el.clientWidth);
    const ro = new ResizeObserver(() => setBoxWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const taskRows = rows.filter((r): r is Extract<TimelineRow, { kind: 'task' }> => r.kind === 'task');
  const range = axisRange(
    taskRows.map((r) => ({ start: r.entry.start, end: r.entry.end, forecast: r.entry.atRisk ? r.entry.earliestFinish : null })),
    { start: meetingStart, end: meetingEnd }, now,
  );
  const spanDays = (range.to - range.from) / 86_400_000;
  const axis = useMemo(
    () => buildAxis({ ...range, zone: timeZone, available: Math.max(0, boxWidth - nameW - 2), minPx: zoom === 'day' ? (mobile ? 24 : 26) : mobile ? (spanDays > 31 ? 9 : 20) : 5, lang }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [range.from, range.to, timeZone, boxWidth, nameW, spanDays, mobile, lang, zoom],
  );

  // Start scrolled to a little before today when the chart is wider than the box.
  const scrolledFor = useRef<string | null>(null);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const key = `${axis.width}:${nameW}`;
    if (!el || boxWidth === 0 || scrolledFor.current === key) return;
    scrolledFor.current = key;
    if (axis.covers(now) && axis.width + nameW > el.clientWidth) el.scrollLeft = Math.max(0, axis.xOf(now) - (el.clientWidth - nameW) / 4);
  }, [axis, nameW, now, boxWidth]);

  if (taskRows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />;

  const top = new Map<string, number>();
  let height = 0;
  for (const r of rows) { top.set(r.key, height); height += r.kind === 'group' ? GROUP_H : ROW_H; }
  const mid = (id: string) => top.get(id)! + ROW_H / 2;
  const title = (id: string) => byId.get(id)?.title ?? id;
  const isOverdue = (x: Task) => x.status === 'open' && x.dueAt < now;
  const cancelled = tasks.filter((x) => x.status === 'cancelled').length;
  const atRisk = taskRows.filter((r) => r.entry.atRisk).length;
  const meetingX = meetingStart !== undefined && meetingEnd !== undefined ? [axis.xOf(meetingStart), axis.xOf(meetingEnd)] as const : null;
  const todayX = axis.covers(now) ? axis.xOf(now) : null;
  const sep = lang === 'zh-CN' ? '、' : ', ';

  return (
    <div data-testid="task-timeline">
      <Flex justify="space-between" align="flex-start" gap={8}>
        <TimelineLegend />
        <Segmented
          size="small"
          value={zoom}
          onChange={(v) => setZoom(v as 'fit' | 'day')}
          options={[
            { value: 'fit', icon: <ZoomOutOutlined />, title: t('timeline.zoomFit'), label: mobile ? undefined : t('timeline.zoomFit') },
            { value: 'day', icon: <ZoomInOutlined />, title: t('timeline.zoomDay'), label: mobile ? undefined : t('timeline.zoomDay') },
          ]}
          data-testid="timeline-zoom"
        />
      </Flex>
      {schedule.criticalPath.length > 0 && (
        <Typography.Paragraph style={{ fontSize: 13, marginBottom: 6 }} data-testid="timeline-critical">
          <Typography.Text strong>{t('timeline.criticalPath', { slack: slackText(t, schedule.minSlackDays!, 'open', true) })}</Typography.Text>
          {schedule.criticalPath.map(title).join(' → ')}
        </Typography.Paragraph>
      )}
      {(atRisk > 0 || cancelled > 0) && (
        <Typography.Paragraph style={{ fontSize: 13, marginBottom: 6 }}>
          {atRisk > 0 && <Typography.Text type="danger" style={{ marginInlineEnd: 12 }} data-testid="timeline-at-risk">{t('timeline.atRiskCount', { count: atRisk })}</Typography.Text>}
          {cancelled > 0 && <span className="hw-muted">{t('timeline.cancelledHidden', { count: cancelled })}</span>}
        </Typography.Paragraph>
      )}
      {schedule.cycleEdges.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('timeline.cycle', { edges: schedule.cycleEdges.map((e) => `${title(e.to)} → ${title(e.from)}`).join(sep) })} />
      )}
      <div className={mobile ? 'hw-tl-scroll is-mobile' : 'hw-tl-scroll'} ref={scrollRef}>
        <div className="hw-tl-inner" style={{ width: nameW + axis.width }}>
          <div className="hw-tl-head" style={{ height: HEAD_H }}>
            <div className="hw-tl-corner" style={{ width: nameW }}>{t('timeline.taskColumn')}</div>
            <svg width={axis.width} height={HEAD_H} style={{ flex: 'none', display: 'block' }} aria-hidden>
              {meetingX && <rect x={meetingX[0]} y={22} width={Math.max(2, meetingX[1] - meetingX[0])} height={22} fill="#efdbff" />}
              {axis.months.map((m) => (
                <g key={m.x}>
                  <line x1={m.x} x2={m.x} y1={0} y2={22} stroke="#f0f0f0" />
                  <text x={m.x + 6} y={15} fontSize={12} fontWeight={600} fill="rgba(0,0,0,.65)">{m.label}</text>
                </g>
              ))}
              {axis.ticks.map((k) => (
                <text key={k.x} x={k.x + (axis.mode === 'day' ? axis.pxPerDay / 2 : 2)} y={37} fontSize={11} fill="rgba(0,0,0,.55)" textAnchor={axis.mode === 'day' ? 'middle' : 'start'}>{k.label}</text>
              ))}
              {todayX !== null && <path d={`M${todayX - 5},${HEAD_H - 7} L${todayX + 5},${HEAD_H - 7} L${todayX},${HEAD_H} Z`} fill="#f5222d" />}
            </svg>
          </div>
          <div className="hw-tl-body">
            <div className="hw-tl-names" style={{ width: nameW }}>
              {rows.map((r) => r.kind === 'group' ? (
                <div key={r.key} className="hw-tl-group" style={{ height: GROUP_H }}><span>{r.group}</span><small>{r.done}/{r.total}</small></div>
              ) : (
                <div
                  key={r.key}
                  className={['hw-tl-name', r.indent && 'is-indent', r.entry.critical && 'is-critical', r.task.status === 'done' && 'is-done', isOverdue(r.task) && 'is-overdue'].filter(Boolean).join(' ')}
                  style={{ height: ROW_H }}
                  title={`${r.task.title}${r.task.ownerName ? ` · ${r.task.ownerName}` : ''}`}
                  data-testid="timeline-row"
                >
                  <span>{r.task.title}</span>
                </div>
              ))}
            </div>
            <div className="hw-tl-chart" style={{ width: axis.width, height }}>
              <svg width={axis.width} height={height} aria-hidden>
                <defs>
                  <marker id="hw-tl-arrow" viewBox="0 0 6 6" refX={6} refY={3} markerWidth={6} markerHeight={6} orient="auto"><path d="M0,0 L6,3 L0,6 Z" fill="#8c8c8c" /></marker>
                  <marker id="hw-tl-arrow-critical" viewBox="0 0 6 6" refX={6} refY={3} markerWidth={6} markerHeight={6} orient="auto"><path d="M0,0 L6,3 L0,6 Z" fill="#fa8c16" /></marker>
                </defs>
                {axis.pxPerDay >= 10 && axis.weekends.map((w) => <rect key={w.x} x={w.x} y={0} width={w.width} height={height} fill="rgba(0,0,0,.025)" />)}
                {rows.map((r) => r.kind === 'group' ? <rect key={r.key} x={0} y={top.get(r.key)} width={axis.width} height={GROUP_H} fill="#fafafa" /> : null)}
                {(axis.mode === 'day' ? axis.dayStarts.slice(0, -1).map((_, i) => i * axis.pxPerDay) : axis.ticks.map((k) => k.x)).map((x) => (
                  <line key={x} x1={x} x2={x} y1={0} y2={height} stroke="#f0f0f0" />
                ))}
                {meetingX && (
                  <g data-testid="timeline-meeting">
                    <rect x={meetingX[0]} y={0} width={Math.max(0, meetingX[1] - meetingX[0])} height={height} fill="rgba(114,46,209,.07)" />
                    <line x1={meetingX[0]} x2={meetingX[0]} y1={0} y2={height} stroke="#722ed1" strokeWidth={1.5} strokeDasharray="4 3" />
                    <line x1={meetingX[1]} x2={meetingX[1]} y1={0} y2={height} stroke="#722ed1" strokeWidth={1.5} strokeDasharray="4 3" />
                  </g>
                )}
                {schedule.edges.map((e) => {
                  if (!top.has(e.from) || !top.has(e.to)) return null;
                  const d = arrowPath(axis.xOf(schedule.entries[e.from].end), mid(e.from), axis.xOf(schedule.entries[e.to].start), mid(e.to), ROW_H);
                  return (
                    <path key={`${e.from}>${e.to}`} d={d} fill="none" stroke={e.critical ? '#fa8c16' : '#bfbfbf'} strokeWidth={e.critical ? 1.6 : 1}
                      markerEnd={`url(#${e.critical ? 'hw-tl-arrow-critical' : 'hw-tl-arrow'})`} data-testid="timeline-edge" data-critical={e.critical || undefined} />
                  );
                })}
                {todayX !== null && <line x1={todayX} x2={todayX} y1={0} y2={height} stroke="#f5222d" strokeWidth={1.5} data-testid="timeline-today" />}
              </svg>
              {taskRows.map(({ task, entry }) => {
                const x1 = axis.xOf(entry.start);
                const x2 = axis.xOf(entry.end);
                const y = top.get(task.id)! + (ROW_H - BAR_H) / 2;
                const late = entry.atRisk && entry.earliestFinish !== null ? Math.min(axis.width, axis.xOf(entry.earliestFinish)) : null;
                const cls = ['hw-tl-bar', entry.critical && 'is-critical', task.status === 'done' && 'is-done', isOverdue(task) && 'is-overdue'].filter(Boolean).join(' ');
                return (
                  <div key={task.id}>
                    {late !== null && late > x2 + 1 && <div className="hw-tl-late" style={{ left: x2, top: y, width: late - x2, height: BAR_H }} />}
                    <Popover
                      trigger={mobile ? 'click' : 'hover'}
                      mouseEnterDelay={0.15}
                      title={task.title}
                      content={<BarDetails task={task} entry={entry} zone={timeZone} now={now} titleOf={title} onEdit={onEdit} />}
                    >
                      <button
                        type="button"
                        className={cls}
                        style={{ left: x1, top: y, width: Math.max(4, x2 - x1), height: BAR_H }}
                        aria-label={`${task.title} · ${slackText(t, entry.slackDays, task.status)}`}
                        onClick={!mobile && onEdit && task.status !== 'cancelled' ? () => onEdit(task) : undefined}
                        data-testid="timeline-bar"
                        data-task-id={task.id}
                        data-critical={entry.critical || undefined}
                        data-at-risk={entry.atRisk || undefined}
                      />
                    </Popover>
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
