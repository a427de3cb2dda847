/** Adds a task by hand, or changes one's title, owner, due date and duration (the timeline's bar) (organisers only). Dates are read in the meeting's zone. */
import { App, AutoComplete, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_PHASES } from '../../../../shared/tasks';
import { isApiError } from '../../../app/api-client';
import { msToPicker, pickerToMs } from '../../../app/datetime';
import { applyFieldErrors, errorMessage } from '../../../app/form-errors';
import { isTaskConflict, useCreateTask, useTaskOwnerOptions, useUpdateTask, type Task } from '../api';

type Values = { phase: Task['phase']; group: string; title: string; description?: string; ownerUserId?: string | null; dueAt: Dayjs; durationDays: number };

/** The modal; `task` undefined means a new task. */
export function TaskFormModal({ open, meetingId, timeZone, task, groups, onClose }: {
  open: boolean; meetingId: string; timeZone: string; task?: Task; groups: string[]; onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const owners = useTaskOwnerOptions(open);
  const create = useCreateTask(meetingId);
  const update = useUpdateTask();
  const editing = !!task;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (task) form.setFieldsValue({ phase: task.phase, group: task.group, title: task.title, ownerUserId: task.ownerUserId, dueAt: msToPicker(task.dueAt, timeZone), durationDays: task.durationDays });
  }, [open, task, form, timeZone]);

  const onError = (err: unknown) => {
    if (isTaskConflict(err)) {
      void message.error(t('tasks.conflict'));
      onClose();
      return;
    }
    const left = isApiError(err) ? applyFieldErrors(form, err.fields) : [];
    if (!isApiError(err) || err.fields.length === 0) void message.error(errorMessage(err));
    else if (left.length) void message.error(left.join('；'));
  };

  const submit = (v: Values) => {
    const due = pickerToMs(v.dueAt, timeZone);
    if (task) {
      const input = {
        version: task.version,
        ...(v.title.trim() !== task.title && { title: v.title.trim() }),
        ...(owners.data && (v.ownerUserId ?? null) !== task.ownerUserId && { ownerUserId: v.ownerUserId ?? null }),
        ...(due !== task.dueAt && { dueAt: due }),
        ...(v.durationDays !== task.durationDays && { durationDays: v.durationDays }),
      };
      if (Object.keys(input).length === 1) return onClose();
      update.mutate({ id: task.id, input }, { onSuccess: () => { void message.success(t('tasks.saved')); onClose(); }, onError });
    } else {
      create.mutate(
        { phase: v.phase, group: v.group.trim(), title: v.title.trim(), description: v.description?.trim() ?? '', ownerUserId: v.ownerUserId ?? null, dueAt: due, durationDays: v.durationDays },
        { onSuccess: () => { void message.success(t('tasks.created')); onClose(); }, onError },
      );
    }
  };

  const ownerOptions = (owners.data ?? []).map((u) => ({ value: u.id, label: u.displayName }));
  // An owner no longer in the list (deactivated) still shows by name.
  if (task?.ownerUserId && owners.data && !owners.data.some((u) => u.id === task.ownerUserId)) ownerOptions.push({ value: task.ownerUserId, label: task.ownerName ?? task.ownerUserId });
  return (
    <Modal
      open={open}
      title={editing ? t('tasks.editTitle') : t('tasks.add')}
      okText={t('tasks.save')}
      cancelText={t('tasks.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      forceRender
      data-testid="task-form"
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ phase: 'before', durationDays: 1 }}>
        {!editing && (
          <>
            <Form.Item name="phase" label={t('tasks.field.phase')} rules={[{ required: true }]}>
              <Select options={TASK_PHASES.map((p) => ({ value: p, label: t(`tasks.phase.${p}`) }))} />
            </Form.Item>
            <Form.Item name="group" label={t('tasks.field.group')} rules={[{ required: true, whitespace: true, message: t('tasks.required') }, { max: 30 }]}>
              <AutoComplete options={groups.map((g) => ({ value: g }))} placeholder={t('tasks.groupPlaceholder')} />
            </Form.Item>
          </>
        )}
        <Form.Item name="title" label={t('tasks.field.title')} rules={[{ required: true, whitespace: true, message: t('tasks.required') }, { max: 200 }]}>
          <Input />
        </Form.Item>
        {!editing && (
          <Form.Item name="description" label={t('tasks.field.description')} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        )}
        {owners.isError ? (
          editing && (
            <Form.Item label={t('tasks.field.owner')}>
              <Typography.Text>{task?.ownerName ?? t('tasks.unassigned')}</Typography.Text>
            </Form.Item>
          )
        ) : (
          <Form.Item name="ownerUserId" label={t('tasks.field.owner')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={owners.isPending} options={ownerOptions} placeholder={t('tasks.unassigned')} />
          </Form.Item>
        )}
        <Form.Item name="dueAt" label={t('tasks.field.due')} rules={[{ required: true, message: t('tasks.required') }]} extra={t('tasks.zoneHint', { zone: timeZone })}>
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="durationDays" label={t('tasks.field.duration')} rules={[{ required: true, message: t('tasks.required') }]} extra={t('tasks.durationHint')}>
          <InputNumber min={1} max={365} precision={0} suffix={t('tasks.days')} style={{ width: 200 }} data-testid="task-duration" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
