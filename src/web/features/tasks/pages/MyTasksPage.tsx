/** 我的任务: the signed-in user's open tasks across meetings, by 已逾期 / 今天 / 本周 / 以后, each to tick off where it stands. */
import { Alert, Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { useMyTasks, type Task } from '../api';
import { DueText, TaskCheckbox, useToggleTask } from '../components/task-ui';

const BUCKETS = ['overdue', 'today', 'week', 'later'] as const;
type Bucket = (typeof BUCKETS)[number];

/** Which group a due instant falls in, by the calendar of `zone` (weeks start on Monday). */
export function bucketOf(dueAt: number, now: number, zone: string): Bucket {
  if (dueAt < now) return 'overdue';
  const n = DateTime.fromMillis(now, { zone });
  if (dueAt <= n.endOf('day').toMillis()) return 'today';
  if (dueAt <= n.endOf('week').toMillis()) return 'week';
  return 'later';
}

/** The page. */
export function MyTasksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const zone = me.org.timeZone;
  const list = useMyTasks();
  const { toggle, busyId } = useToggleTask();
  const now = Date.now();
  const groups: Record<Bucket, Task[]> = { overdue: [], today: [], week: [], later: [] };
  for (const task of [...(list.data ?? [])].filter((x) => x.status === 'open').sort((a, b) => a.dueAt - b.dueAt)) groups[bucketOf(task.dueAt, now, zone)].push(task);
  const total = BUCKETS.reduce((s, b) => s + groups[b].length, 0);

  return (
    <div data-testid="my-tasks">
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('tasks.mine.title')}</Typography.Title>
      </div>
      {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
      {list.isPending ? <Flex justify="center" style={{ padding: 32 }}><Spin /></Flex> : total === 0 ? (
        <Card><Empty description={t('tasks.mine.empty')} /></Card>
      ) : (
        <Flex vertical gap={16}>
          {BUCKETS.filter((b) => groups[b].length > 0).map((b) => (
            <section key={b} data-testid={`my-tasks-${b}`}>
              <Typography.Title level={5} type={b === 'overdue' ? 'danger' : undefined} style={{ marginTop: 0 }}>
                {t(`tasks.mine.bucket.${b}`)} <span className="hw-muted" style={{ fontWeight: 'normal' }}>({groups[b].length})</span>
              </Typography.Title>
              <ul className="hw-card-list">
                {groups[b].map((task) => (
                  <li key={task.id}>
                    <Card size="small" styles={{ body: { padding: 12 } }} data-testid="my-task">
                      <Flex gap={10} align="flex-start">
                        <div style={{ paddingTop: 2 }}>
                          <TaskCheckbox task={task} busy={busyId === task.id} onToggle={toggle} />
                        </div>
                        <div style={{ flex: 1, minWidth: 0 }}>
                          <Typography.Text style={{ wordBreak: 'break-word' }}>{task.title}</Typography.Text>
                          <div style={{ fontSize: 12, marginTop: 4, wordBreak: 'break-word' }}>
                            <Link to={`/meetings/${encodeURIComponent(task.meetingId)}?tab=tasks`}>{task.meetingTitle}</Link>
                          </div>
                          <Flex gap={6} wrap align="center" style={{ marginTop: 4, fontSize: 12 }}>
                            <Tag color="blue" style={{ marginInlineEnd: 0 }}>{task.group}</Tag>
                            <Tag style={{ marginInlineEnd: 0 }}>{t(`tasks.phase.${task.phase}`)}</Tag>
                            <DueText task={task} zone={zone} now={now} />
                          </Flex>
                        </div>
                      </Flex>
                    </Card>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </Flex>
      )}
    </div>
  );
}
