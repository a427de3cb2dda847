/** Splits a task into parts (e.g. 设备准备 → 音响, 投影, 话筒), each with its own owner and, if wanted, its own due date. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api-client';
import { pickerToMs } from '../../../app/datetime';
import { applyFieldErrors, errorMessage } from '../../../app/form-errors';
import { isTaskConflict, useTaskOwnerOptions, type Task } from '../api';
import { useSplitTask } from '../coordination-api';

type Part = { title: string; ownerUserId?: string | null; dueAt?: Dayjs | null };
type Values = { parts: Part[] };

/** The modal for one task; closed when `task` is null. */
export function TaskSplitModal({ meetingId, timeZone, task, onClose }: { meetingId: string; timeZone: string; task: Task | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const owners = useTaskOwnerOptions(!!task);
  const split = useSplitTask(meetingId);

  useEffect(() => {
    if (task) form.setFieldsValue({ parts: [{ title: '', ownerUserId: task.ownerUserId }, { title: '', ownerUserId: task.ownerUserId }] });
  }, [task, form]);

  const submit = (v: Values) => {
    if (!task) return;
    const parts = v.parts.map((p) => ({
      title: p.title.trim(), ownerUserId: p.ownerUserId ?? null, ...(p.dueAt ? { dueAt: pickerToMs(p.dueAt, timeZone) } : {}),
    }));
    split.mutate({ id: task.id, input: { version: task.version, parts } }, {
      onSuccess: () => { void message.success(t('tasks.split.done', { count: parts.length })); onClose(); },
      onError: (err) => {
        if (isTaskConflict(err)) { void message.error(t('tasks.conflict')); onClose(); return; }
        const left = isApiError(err) ? applyFieldErrors(form, err.fields) : [];
        if (!isApiError(err) || err.fields.length === 0) void message.error(errorMessage(err));
        else if (left.length) void message.error(left.join('；'));
      },
    });
  };

  const ownerOptions = (owners.data ?? []).map((u) => ({ value: u.id, label: u.displayName }));
  return (
    <Modal
      open={!!task}
      title={t('tasks.split.title', { title: task?.title ?? '' })}
      okText={t('tasks.split.ok')}
      cancelText={t('tasks.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={split.isPending}
      width={640}
      forceRender
      data-testid="task-split"
    >
      <Typography.Paragraph type="secondary">{t('tasks.split.hint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.List name="parts">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} wrap align="flex-start">
                  <Form.Item name={[f.name, 'title']} style={{ flex: '2 1 180px', marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: t('tasks.required') }, { max: 200 }]}>
                    <Input placeholder={t('tasks.split.partTitle', { n: i + 1 })} aria-label={t('tasks.split.partTitle', { n: i + 1 })} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'ownerUserId']} style={{ flex: '1 1 120px', marginBottom: 8 }}>
                    <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={ownerOptions} loading={owners.isPending} placeholder={t('tasks.unassigned')} aria-label={t('tasks.field.owner')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueAt']} style={{ flex: '1 1 150px', marginBottom: 8 }}>
                    <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" placeholder={t('tasks.split.sameDue')} style={{ width: '100%' }} />
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} disabled={fields.length <= 1} onClick={() => remove(f.name)} aria-label={t('tasks.split.remove')} />
                </Flex>
              ))}
              {fields.length < 20 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', ownerUserId: task?.ownerUserId ?? null })}>{t('tasks.split.add')}</Button>
              )}
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
