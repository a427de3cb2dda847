/** 任务 tab: a meeting's 会务分工 — pick a playbook when there are none; otherwise a board by phase (or a compact table, or a timeline with the critical path), health, counts, ticking off and editing. */
import { AppstoreOutlined, DownloadOutlined, EditOutlined, PlusOutlined, ScheduleOutlined, ScissorOutlined, UnorderedListOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Col, Empty, Flex, Grid, Row, Segmented, Space, Spin, Table, Tabs, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_PHASES, taskHealth } from '../../../../shared/tasks';
import { useMe } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { tasksXlsxUrl, useMeetingTasks, type Task } from '../api';
import { PlaybookPicker } from './PlaybookPicker';
import { DueText, SystemDoneLine, TaskCheckbox, TaskStatusTag, useToggleTask } from './task-ui';
import { TaskFormModal } from './TaskFormModal';
import { TaskTimeline } from './TaskTimeline';
import { CoordinationNotes } from './CoordinationNotes';
import { TaskSplitModal } from './TaskSplitModal';
import { useCoordinationNotes } from '../coordination-api';

type Phase = Task['phase'];
const HEALTH_STATUS = { green: 'success', amber: 'warning', red: 'error' } as const;

/** The tab; the meeting's start and end mark the timeline view. */
export function MeetingTasksTab({ meetingId, timeZone, canEdit, meetingStart, meetingEnd }: { meetingId: string; timeZone: string; canEdit: boolean; meetingStart?: number; meetingEnd?: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const list = useMeetingTasks(meetingId);
  const { toggle, busyId } = useToggleTask();
  const [view, setView] = useState<'board' | 'list' | 'timeline'>('board');
  const [form, setForm] = useState<{ task?: Task } | null>(null);
  const [splitting, setSplitting] = useState<Task | null>(null);
  const notes = useCoordinationNotes(meetingId);
  const tasks = useMemo(() => [...(list.data ?? [])].sort((a, b) => a.dueAt - b.dueAt), [list.data]);
  const groups = useMemo(() => [...new Set(tasks.map((x) => x.group))], [tasks]);
  // Read once per render: the colours follow the clock whenever the list changes or is refetched.
  const now = Date.now();

  const canTick = (task: Task) => canEdit || (!!task.ownerUserId && task.ownerUserId === me.user.id);
  const modal = (
    <>
      <TaskFormModal open={form !== null} meetingId={meetingId} timeZone={timeZone} task={form?.task} groups={groups} onClose={() => setForm(null)} />
      <TaskSplitModal meetingId={meetingId} timeZone={timeZone} task={splitting} onClose={() => setSplitting(null)} />
    </>
  );
  // Parts and 协调会 decisions per task, for the small lines under each task.
  const partsOf = new Map<string, Task[]>();
  for (const x of tasks) if (x.parentTaskId) partsOf.set(x.parentTaskId, [...(partsOf.get(x.parentTaskId) ?? []), x]);
  const titleOf = new Map(tasks.map((x) => [x.id, x.title]));
  const decisionsOf = new Map<string, string[]>();
  for (const n of notes.data ?? []) for (const d of n.decisions) if (d.taskId) decisionsOf.set(d.taskId, [...(decisionsOf.get(d.taskId) ?? []), `${n.title}：${d.text}`]);

  if (list.isPending) return <Flex justify="center" style={{ padding: 32 }}><Spin /></Flex>;
  if (list.error) return <Alert type="error" showIcon title={errorMessage(list.error)} />;
  if (tasks.length === 0) {
    return (
      <>
        <PlaybookPicker meetingId={meetingId} canEdit={canEdit} onAddByHand={canEdit ? () => setForm({}) : undefined} />
        {modal}
      </>
    );
  }

  const live = tasks.filter((x) => x.status !== 'cancelled');
  const done = live.filter((x) => x.status === 'done').length;
  const overdue = live.filter((x) => x.status === 'open' && x.dueAt < now).length;
  const health = taskHealth(live, now);

  const ownerText = (task: Task) => (
    <span className={task.ownerName ? undefined : 'hw-muted'}>{task.ownerName ?? t('tasks.unassigned')}</span>
  );
  const editButton = (task: Task) =>
    canEdit && task.status !== 'cancelled' ? (
      <span style={{ whiteSpace: 'nowrap' }}>
        {task.status === 'open' && !task.parentTaskId && (
          <Tooltip title={t('tasks.split.action')}>
            <Button size="small" type="text" icon={<ScissorOutlined />} aria-label={t('tasks.split.action')} onClick={() => setSplitting(task)} data-testid="task-split-open" />
          </Tooltip>
        )}
        <Tooltip title={t('tasks.edit')}>
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('tasks.edit')} onClick={() => setForm({ task })} data-testid="task-edit" />
        </Tooltip>
      </span>
    ) : null;
  // Under a task: its parts' progress, the task it is part of, and 协调会 decisions about it.
  const relations = (task: Task) => {
    const parts = (partsOf.get(task.id) ?? []).filter((x) => x.status !== 'cancelled');
    const decisions = decisionsOf.get(task.id) ?? [];
    if (!parts.length && !task.parentTaskId && !decisions.length) return null;
    return (
      <Flex gap={8} wrap style={{ fontSize: 12, marginTop: 4 }}>
        {parts.length > 0 && <Tag data-testid="task-parts">{t('tasks.parts', { done: parts.filter((x) => x.status === 'done').length, total: parts.length })}</Tag>}
        {task.parentTaskId && <span className="hw-muted">{t('tasks.partOf', { title: titleOf.get(task.parentTaskId) ?? '' })}</span>}
        {decisions.length > 0 && (
          <Tooltip title={<div style={{ whiteSpace: 'pre-line' }}>{decisions.join('\n')}</div>}>
            <Tag color="purple" data-testid="task-decisions">{t('tasks.decisions', { count: decisions.length })}</Tag>
          </Tooltip>
        )}
      </Flex>
    );
  };

  const card = (task: Task) => (
    <Card key={task.id} size="small" styles={{ body: { padding: 10 } }} data-testid="task-card" data-task-id={task.id}>
      <Flex gap={8} align="flex-start">
        <div style={{ paddingTop: 2 }}>
          <TaskCheckbox task={task} disabled={!canTick(task)} busy={busyId === task.id} onToggle={toggle} />
        </div>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Flex justify="space-between" gap={4} align="flex-start">
            <Typography.Text delete={task.status !== 'open'} style={{ wordBreak: 'break-word' }}>{task.title}</Typography.Text>
            {editButton(task)}
          </Flex>
          <Flex gap={6} wrap align="center" style={{ marginTop: 4, fontSize: 12 }}>
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>{task.group}</Tag>
            <TaskStatusTag task={task} />
            <span><UserOutlined style={{ marginInlineEnd: 2 }} />{ownerText(task)}</span>
          </Flex>
          <div style={{ fontSize: 12, marginTop: 4 }}><DueText task={task} zone={timeZone} now={now} /></div>
          <SystemDoneLine task={task} />
          {relations(task)}
        </div>
      </Flex>
    </Card>
  );

  const column = (phase: Phase) => {
    const of = tasks.filter((x) => x.phase === phase);
    return of.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.phaseEmpty')} /> : (
      <Flex vertical gap={8} data-testid={`task-column-${phase}`}>{of.map(card)}</Flex>
    );
  };
  const phaseLabel = (phase: Phase) => {
    const of = tasks.filter((x) => x.phase === phase && x.status !== 'cancelled');
    return `${t(`tasks.phase.${phase}`)} ${of.filter((x) => x.status === 'done').length}/${of.length}`;
  };

  const board = mobile ? (
    <Tabs items={TASK_PHASES.map((p) => ({ key: p, label: phaseLabel(p), children: column(p) }))} />
  ) : (
    <Row gutter={12}>
      {TASK_PHASES.map((p) => (
        <Col span={8} key={p}>
          <div style={{ background: '#fafafa', borderRadius: 8, padding: 8, height: '100%' }}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>{phaseLabel(p)}</Typography.Text>
            {column(p)}
          </div>
        </Col>
      ))}
    </Row>
  );

  const columns: TableColumnsType<Task> = [
    { key: 'check', width: 44, render: (_, x) => <TaskCheckbox task={x} disabled={!canTick(x)} busy={busyId === x.id} onToggle={toggle} /> },
    { key: 'group', title: t('tasks.field.group'), dataIndex: 'group', width: 110, filters: groups.map((g) => ({ text: g, value: g })), onFilter: (v, x) => x.group === v },
    {
      key: 'title', title: t('tasks.field.title'),
      render: (_, x) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text delete={x.status !== 'open'}>{x.title}</Typography.Text>
          <SystemDoneLine task={x} />
          {relations(x)}
        </div>
      ),
    },
    { key: 'phase', title: t('tasks.field.phase'), width: 80, render: (_, x) => t(`tasks.phase.${x.phase}`) },
    { key: 'owner', title: t('tasks.field.owner'), width: 110, render: (_, x) => ownerText(x) },
    { key: 'due', title: t('tasks.field.due'), width: 170, sorter: (a, b) => a.dueAt - b.dueAt, render: (_, x) => <DueText task={x} zone={timeZone} now={now} /> },
    { key: 'status', title: t('tasks.field.status'), width: 90, render: (_, x) => <TaskStatusTag task={x} /> },
    ...(canEdit ? [{ key: 'actions', width: 80, render: (_: unknown, x: Task) => editButton(x) }] : []),
  ];

  return (
    <>
      <Card
        size="small"
        title={
          <Space size={12} wrap>
            <span>{t('tasks.title')}</span>
            {health && (
              <Badge status={HEALTH_STATUS[health]} text={<span data-testid="task-health" data-health={health}>{t(`tasks.health.${health}`)}</span>} />
            )}
          </Space>
        }
        extra={
          <Space wrap>
            <Segmented
              size="small"
              value={view}
              onChange={(v) => setView(v as 'board' | 'list' | 'timeline')}
              options={[
                { value: 'board', icon: <AppstoreOutlined />, label: mobile ? undefined : t('tasks.viewBoard'), title: t('tasks.viewBoard') },
                { value: 'list', icon: <UnorderedListOutlined />, label: mobile ? undefined : t('tasks.viewList'), title: t('tasks.viewList') },
                { value: 'timeline', icon: <ScheduleOutlined />, label: mobile ? undefined : t('timeline.view'), title: t('timeline.view') },
              ]}
            />
          </Space>
        }
        data-testid="tasks-tab"
      >
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Space size={16} wrap>
            <span data-testid="task-counts">{t('tasks.counts', { done, total: live.length })}</span>
            {overdue > 0 ? <Typography.Text type="danger">{t('tasks.overdueCount', { count: overdue })}</Typography.Text> : <span className="hw-muted">{t('tasks.noOverdue')}</span>}
          </Space>
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={tasksXlsxUrl(meetingId)} download data-testid="tasks-xlsx">{t('tasks.export')}</Button>
            {canEdit && <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({})} data-testid="task-new">{t('tasks.add')}</Button>}
          </Space>
        </Flex>
        {view === 'board' ? board : view === 'timeline' ? (
          <TaskTimeline tasks={tasks} timeZone={timeZone} meetingStart={meetingStart} meetingEnd={meetingEnd} onEdit={canEdit ? (task) => setForm({ task }) : undefined} />
        ) : (
          <Table<Task> rowKey="id" size="small" columns={columns} dataSource={tasks} pagination={false} scroll={{ x: 800 }} data-testid="task-table" />
        )}
      </Card>
      <CoordinationNotes meetingId={meetingId} timeZone={timeZone} canEdit={canEdit} tasks={tasks} />
      {modal}
    </>
  );
}
