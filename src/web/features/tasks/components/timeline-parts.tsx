/** Pieces of the task timeline: the legend, the slack in words, and the details shown over a bar. */
import { EditOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TaskScheduleEntry } from '../../../../shared/task-schedule';
import { formatInstant } from '../../../app/datetime';
import { currentLang } from '../../../app/i18n';
import type { Task } from '../api';

/** "松弛 2 天", "松弛不足 1 天", "无法按期完成，预计晚 3 天" ("预计晚 3 天" when `short`; whole days, rounded against the task), or "已完成". */
export function slackText(t: TFunction, days: number | null, status: Task['status'] = 'open', short = false): string {
  if (status === 'done') return t('timeline.doneShort');
  if (status === 'cancelled' || days === null) return '';
  if (days < 0) return t(short ? 'timeline.lateShort' : 'timeline.late', { count: Math.ceil(-days) });
  if (days < 1) return t('timeline.slackUnderDay');
  return t('timeline.slack', { count: Math.floor(days) });
}

/** What the colours and lines mean. */
export function TimelineLegend() {
  const { t } = useTranslation();
  const swatch = (bg: string, border: string, extra?: React.CSSProperties) => <i className="hw-tl-swatch" style={{ background: bg, borderColor: border, ...extra }} />;
  return (
    <div className="hw-tl-legend" data-testid="timeline-legend">
      <span>{swatch('#bae0ff', '#4096ff')}{t('timeline.legend.planned')}</span>
      <span>{swatch('#ffc069', '#fa8c16')}{t('timeline.legend.critical')}</span>
      <span>{swatch('#d9f7be', '#95de64')}{t('timeline.legend.done')}</span>
      <span>{swatch('#bae0ff', '#f5222d', { borderWidth: 2 })}{t('timeline.legend.overdue')}</span>
      <span>{swatch('rgba(245,34,45,.08)', '#f5222d', { borderStyle: 'dashed' })}{t('timeline.legend.late')}</span>
      <span><i className="hw-tl-line" style={{ borderColor: '#f5222d' }} />{t('timeline.legend.today')}</span>
      <span><i className="hw-tl-line" style={{ borderColor: '#722ed1', borderLeftStyle: 'dashed' }} />{t('timeline.legend.meeting')}</span>
    </div>
  );
}

/** The popover over a bar: owner, dates, duration, slack, dependencies, and the edit action. */
export function BarDetails({ task, entry, zone, now, titleOf, onEdit }: {
  task: Task; entry: TaskScheduleEntry; zone: string; now: number; titleOf: (id: string) => string; onEdit?: (task: Task) => void;
}) {
  const { t } = useTranslation();
  const sep = currentLang() === 'zh-CN' ? '、' : ', ';
  const overdue = task.status === 'open' && task.dueAt < now;
  const deps = task.dependsOn.filter((id) => titleOf(id) !== id);
  return (
    <div className="hw-tl-tip" data-testid="timeline-details">
      {entry.critical && <Tag color="orange" style={{ marginInlineEnd: 4 }}>{t('timeline.legend.critical')}</Tag>}
      {task.status === 'done' ? <Tag color="success">{t('timeline.doneShort')}</Tag> : (
        <Typography.Text type={entry.atRisk ? 'danger' : undefined} strong={entry.atRisk}>{slackText(t, entry.slackDays, task.status)}</Typography.Text>
      )}
      <dl>
        <dt>{t('timeline.owner')}</dt>
        <dd className={task.ownerName ? undefined : 'hw-muted'}>{task.ownerName ?? t('timeline.unassigned')}</dd>
        <dt>{t('timeline.due')}</dt>
        <dd>{overdue ? <Typography.Text type="danger">{formatInstant(task.dueAt, zone)} · {t('timeline.overdue')}</Typography.Text> : formatInstant(task.dueAt, zone)}</dd>
        <dt>{t('timeline.duration')}</dt>
        <dd>{t('timeline.days', { count: task.durationDays })} · {t('timeline.from', { date: formatInstant(entry.start, zone) })}</dd>
        {task.status === 'open' && entry.earliestFinish !== null && (
          <>
            <dt>{t('timeline.earliestFinish')}</dt>
            <dd>{formatInstant(entry.earliestFinish, zone)}</dd>
          </>
        )}
        {task.status === 'done' && task.doneAt !== null && (
          <>
            <dt>{t('timeline.doneAt')}</dt>
            <dd>{formatInstant(task.doneAt, zone)}</dd>
          </>
        )}
        {deps.length > 0 && (
          <>
            <dt>{t('timeline.dependsOn')}</dt>
            <dd>{deps.map(titleOf).join(sep)}</dd>
          </>
        )}
        {entry.blockedBy.length > 0 && (
          <>
            <dt>{t('timeline.blockedBy')}</dt>
            <dd><Typography.Text type="danger">{entry.blockedBy.map(titleOf).join(sep)}</Typography.Text></dd>
          </>
        )}
      </dl>
      {onEdit && task.status !== 'cancelled' && (
        <Button size="small" icon={<EditOutlined />} style={{ marginTop: 8 }} onClick={() => onEdit(task)} data-testid="timeline-edit">{t('timeline.edit')}</Button>
      )}
    </div>
  );
}
