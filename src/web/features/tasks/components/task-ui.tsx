/** Bits both task screens share: the due date coloured by urgency, the status tag, and ticking a task off or reopening it. */
import { CheckCircleFilled } from '@ant-design/icons';
import { App, Checkbox, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../app/datetime';
import { errorMessage } from '../../../app/form-errors';
import { isTaskConflict, useUpdateTask, type Task } from '../api';

/** Two days: a task due sooner than this is shown in amber. */
export const SOON_MS = 2 * 86_400_000;

/** How urgent an open task's date is. */
export function dueState(task: Pick<Task, 'status' | 'dueAt'>, now: number): 'overdue' | 'soon' | 'ok' {
  if (task.status !== 'open') return 'ok';
  if (task.dueAt < now) return 'overdue';
  if (task.dueAt < now + SOON_MS) return 'soon';
  return 'ok';
}

/** The due instant in the meeting's (or organisation's) zone: red when overdue, amber within two days. */
export function DueText({ task, zone, now }: { task: Task; zone: string; now: number }) {
  const { t } = useTranslation();
  const state = dueState(task, now);
  const text = formatInstant(task.dueAt, zone);
  if (state === 'overdue') return <Typography.Text type="danger" data-due="overdue">{text} · {t('tasks.overdue')}</Typography.Text>;
  if (state === 'soon') return <Typography.Text type="warning" data-due="soon">{text}</Typography.Text>;
  return <span data-due="ok">{text}</span>;
}

const STATUS_COLORS: Record<Task['status'], string> = { open: 'processing', done: 'success', cancelled: 'default' };

/** The state as a tag. */
export function TaskStatusTag({ task }: { task: Task }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[task.status]} style={{ marginInlineEnd: 0 }} data-status={task.status}>{t(`tasks.status.${task.status}`)}</Tag>;
}

/** "系统已确认：…" for a task the system closed from evidence (a booking made, a notice sent, …). */
export function SystemDoneLine({ task }: { task: Task }) {
  const { t } = useTranslation();
  if (task.status !== 'done' || task.doneBy !== 'system') return null;
  return (
    <Typography.Text type="success" style={{ display: 'block', fontSize: 12 }} data-testid="task-system-done">
      <CheckCircleFilled style={{ marginInlineEnd: 4 }} />
      {t('tasks.systemDone', { note: task.doneNote ?? '' })}
    </Typography.Text>
  );
}

/** Returns `toggle(task)`: done ⇄ open at the version read; a conflict reloads the lists and says so. */
export function useToggleTask() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateTask();
  const toggle = useCallback(
    (task: Task) => {
      const status = task.status === 'done' ? 'open' : 'done';
      update.mutate(
        { id: task.id, input: { version: task.version, status } },
        {
          onSuccess: () => void message.success(t(status === 'done' ? 'tasks.doneToast' : 'tasks.reopenedToast', { title: task.title })),
          onError: (err) => void message.error(isTaskConflict(err) ? t('tasks.conflict') : errorMessage(err)),
        },
      );
    },
    [message, t, update],
  );
  const busyId = update.isPending ? update.variables?.id : undefined;
  return { toggle, busyId };
}

/** The tick-off checkbox. */
export function TaskCheckbox({ task, disabled, busy, onToggle }: { task: Task; disabled?: boolean; busy?: boolean; onToggle: (t: Task) => void }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      checked={task.status === 'done'}
      disabled={disabled || busy || task.status === 'cancelled'}
      onChange={() => onToggle(task)}
      aria-label={t(task.status === 'done' ? 'tasks.reopen' : 'tasks.tickOff', { title: task.title })}
      data-testid="task-check"
    />
  );
}
