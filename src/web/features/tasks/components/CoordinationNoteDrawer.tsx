/** Writing a 协调会 note: when, who, what was said, and each decision — against a task of the meeting, as a new task, or on its own. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Card, DatePicker, Drawer, Flex, Form, Input, Segmented, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_PHASES } from '../../../../shared/tasks';
import { isApiError } from '../../../app/api-client';
import { msToPicker, pickerToMs } from '../../../app/datetime';
import { currentLang } from '../../../app/i18n';
import { applyFieldErrors, errorMessage } from '../../../app/form-errors';
import { useTaskOwnerOptions, type Task } from '../api';
import { useSaveCoordinationNote, type CoordinationNote } from '../coordination-api';

type DecisionValues = {
  text: string; mode: 'task' | 'new' | 'none'; taskId?: string;
  newTask?: { title: string; group: string; phase: Task['phase']; ownerUserId?: string | null; dueAt?: Dayjs };
};
const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
// 第二次协调会 in Chinese (up to 十; beyond that the digits read fine), 2 in English.
const ordinal = (n: number) => (currentLang() === 'zh-CN' && n <= 10 ? ZH_DIGITS[n] : String(n));

type Values = { heldAt: Dayjs; title: string; attendees?: string; body?: string; decisions: DecisionValues[] };

/** The drawer; `note` undefined with `open` means a new note (numbered after the existing ones). */
export function CoordinationNoteDrawer({ open, meetingId, timeZone, note, count, tasks, onClose }: {
  open: boolean; meetingId: string; timeZone: string; note?: CoordinationNote; count: number; tasks: Task[]; onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const owners = useTaskOwnerOptions(open);
  const save = useSaveCoordinationNote(meetingId);
  const groups = [...new Set(tasks.map((x) => x.group))];

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(note ? {
      heldAt: msToPicker(note.heldAt, timeZone), title: note.title, attendees: note.attendees, body: note.body,
      decisions: note.decisions.map((d) => ({ text: d.text, mode: d.taskId ? 'task' : 'none', taskId: d.taskId ?? undefined })),
    } : { heldAt: msToPicker(Date.now(), timeZone), title: t('coordination.defaultTitle', { n: ordinal(count + 1) }), decisions: [{ text: '', mode: 'task' }] });
  }, [open, note, form, timeZone, count, t]);

  const submit = (v: Values) => {
    const input = {
      heldAt: pickerToMs(v.heldAt, timeZone), title: v.title.trim(), attendees: v.attendees?.trim() ?? '', body: v.body?.trim() ?? '',
      decisions: (v.decisions ?? []).map((d) => ({
        text: d.text.trim(),
        ...(d.mode === 'task' && d.taskId ? { taskId: d.taskId } : {}),
        ...(d.mode === 'new' && d.newTask ? {
          newTask: { title: d.newTask.title.trim(), group: d.newTask.group.trim(), phase: d.newTask.phase, description: '', ownerUserId: d.newTask.ownerUserId ?? null, dueAt: pickerToMs(d.newTask.dueAt!, timeZone) },
        } : {}),
      })),
    };
    save.mutate({ id: note?.id, input }, {
      onSuccess: () => { void message.success(t('coordination.saved')); onClose(); },
      onError: (err) => {
        const left = isApiError(err) ? applyFieldErrors(form, err.fields) : [];
        if (!isApiError(err) || err.fields.length === 0) void message.error(errorMessage(err));
        else if (left.length) void message.error(left.join('；'));
      },
    });
  };

  const required = { required: true, whitespace: true, message: t('tasks.required') };
  const taskOptions = tasks.filter((x) => x.status !== 'cancelled').map((x) => ({ value: x.id, label: `${x.group} · ${x.title}` }));
  const ownerOptions = (owners.data ?? []).map((u) => ({ value: u.id, label: u.displayName }));
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      title={note ? t('coordination.editTitle') : t('coordination.add')}
      forceRender
      data-testid="coordination-drawer"
      extra={<Space><Button onClick={onClose}>{t('tasks.cancel')}</Button><Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="coordination-save">{t('tasks.save')}</Button></Space>}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Flex gap={12} wrap>
          <Form.Item name="title" label={t('coordination.field.title')} rules={[required, { max: 200 }]} style={{ flex: '2 1 220px' }}><Input /></Form.Item>
          <Form.Item name="heldAt" label={t('coordination.field.heldAt')} rules={[{ required: true, message: t('tasks.required') }]} style={{ flex: '1 1 180px' }}>
            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="attendees" label={t('coordination.field.attendees')} rules={[{ max: 1000 }]}><Input placeholder={t('coordination.attendeesPlaceholder')} /></Form.Item>
        <Form.Item name="body" label={t('coordination.field.body')} rules={[{ max: 20000 }]}><Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} /></Form.Item>
        <Form.List name="decisions">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              <strong>{t('coordination.field.decisions')}</strong>
              {fields.map((f, i) => (
                <Card key={f.key} size="small" data-testid="decision-row"
                  title={t('coordination.decisionN', { n: i + 1 })}
                  extra={<Button type="text" size="small" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('coordination.removeDecision')} />}>
                  <Form.Item name={[f.name, 'text']} rules={[required, { max: 500 }]} style={{ marginBottom: 8 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('coordination.decisionPlaceholder')} aria-label={t('coordination.decisionN', { n: i + 1 })} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'mode']} style={{ marginBottom: 8 }}>
                    <Segmented options={(['task', 'new', 'none'] as const).map((m) => ({ value: m, label: t(`coordination.mode.${m}`) }))} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate={(a, b) => a.decisions?.[i]?.mode !== b.decisions?.[i]?.mode}>
                    {({ getFieldValue }) => {
                      const mode = getFieldValue(['decisions', f.name, 'mode']);
                      if (mode === 'task') return (
                        <Form.Item name={[f.name, 'taskId']} rules={[{ required: true, message: t('coordination.pickTask') }]} style={{ marginBottom: 0 }}>
                          <Select showSearch={{ optionFilterProp: 'label' }} options={taskOptions} placeholder={t('coordination.pickTask')} aria-label={t('coordination.pickTask')} />
                        </Form.Item>
                      );
                      if (mode !== 'new') return null;
                      return (
                        <Flex gap={8} wrap>
                          <Form.Item name={[f.name, 'newTask', 'title']} rules={[required, { max: 200 }]} style={{ flex: '2 1 200px', marginBottom: 0 }}>
                            <Input placeholder={t('tasks.field.title')} aria-label={t('tasks.field.title')} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'newTask', 'group']} rules={[required, { max: 30 }]} style={{ flex: '1 1 120px', marginBottom: 0 }}>
                            <AutoComplete options={groups.map((g) => ({ value: g }))} placeholder={t('tasks.field.group')} aria-label={t('tasks.field.group')} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'newTask', 'phase']} initialValue="before" style={{ flex: '0 1 100px', marginBottom: 0 }}>
                            <Select options={TASK_PHASES.map((p) => ({ value: p, label: t(`tasks.phase.${p}`) }))} aria-label={t('tasks.field.phase')} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'newTask', 'ownerUserId']} style={{ flex: '1 1 120px', marginBottom: 0 }}>
                            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={ownerOptions} placeholder={t('tasks.field.owner')} aria-label={t('tasks.field.owner')} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'newTask', 'dueAt']} rules={[{ required: true, message: t('tasks.required') }]} style={{ flex: '1 1 160px', marginBottom: 0 }}>
                            <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" placeholder={t('tasks.field.due')} style={{ width: '100%' }} />
                          </Form.Item>
                        </Flex>
                      );
                    }}
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '', mode: 'task' })} data-testid="decision-add">{t('coordination.addDecision')}</Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
