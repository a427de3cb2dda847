/** The lifecycle buttons the user may press now (from `meeting.actions`), with a dialog for a reason or a series choice. */
import { App, Button, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reasonMessage } from '../../../../shared/errors';
import { TRANSITIONS, type TransitionAction } from '../../../../shared/meetings';
import { isApiError } from '../../../app/api-client';
import { clearEditedErrors, useShowError } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useMeetingAction, type ApplyTo, type MeetingDetail } from '../api';
import { ACTION_STYLE } from '../labels';

type DialogValues = { reason?: string; applyTo: ApplyTo };

/** One button per allowed action; reject/cancel ask for the reason, series occurrences ask how far to apply. */
export function MeetingActions({ meeting, onConflict }: { meeting: MeetingDetail; onConflict: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const run = useMeetingAction(meeting.id);
  const [dialog, setDialog] = useState<TransitionAction | null>(null);
  const [form] = Form.useForm<DialogValues>();

  const label = (a: TransitionAction) => t(`meeting.action.${a}`);
  const perform = (action: TransitionAction, reason?: string, applyTo?: ApplyTo) =>
    run.mutate(
      { action, reason, applyTo },
      {
        onSuccess: () => {
          setDialog(null);
          void message.success(t('meeting.detail.actionDone', { action: label(action) }));
        },
        onError: (err) => {
          if (isApiError(err) && err.fields.some((f) => f.field === 'reason')) {
            form.setFields([{ name: 'reason', errors: err.fields.filter((f) => f.field === 'reason').map((f) => f.message) }]);
          }
          showError(err);
          if (isApiError(err) && (err.code === 'conflict' || err.code === 'invalid_transition')) {
            setDialog(null);
            onConflict();
          }
        },
      },
    );

  const open = (action: TransitionAction) => {
    if (!TRANSITIONS[action].reason && !meeting.seriesId) return perform(action);
    form.resetFields();
    setDialog(action);
  };

  const submit = (v: DialogValues) => {
    if (!dialog) return;
    const reason = v.reason?.trim();
    if (TRANSITIONS[dialog].reason && !reason) {
      form.setFields([{ name: 'reason', errors: [reasonMessage('reason', 'reason_required', currentLang())] }]);
      return;
    }
    perform(dialog, reason || undefined, meeting.seriesId ? v.applyTo : undefined);
  };

  return (
    <>
      {meeting.actions.map((a) => (
        <Button
          key={a}
          type={ACTION_STYLE[a] === 'primary' ? 'primary' : 'default'}
          danger={ACTION_STYLE[a] === 'danger'}
          loading={run.isPending && run.variables?.action === a}
          disabled={run.isPending && run.variables?.action !== a}
          onClick={() => open(a)}
        >
          {label(a)}
        </Button>
      ))}
      <Modal
        open={dialog !== null}
        title={dialog ? label(dialog) : ''}
        okText={t('common.confirm')}
        cancelText={t('common.back')}
        okButtonProps={{ danger: dialog ? ACTION_STYLE[dialog] === 'danger' : false, loading: run.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setDialog(null)}
        forceRender
      >
        <Form<DialogValues>
          name="meetingAction"
          form={form}
          onValuesChange={(changed) => clearEditedErrors(form, changed)}
          layout="vertical"
          onFinish={submit}
          initialValues={{ applyTo: 'occurrence' }}
        >
          {dialog && TRANSITIONS[dialog].reason && (
            <Form.Item label={t('meeting.detail.reason')} name="reason" required>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} autoFocus />
            </Form.Item>
          )}
          {meeting.seriesId && (
            <Form.Item label={t('meeting.applyTo.label')} name="applyTo">
              <Radio.Group
                options={[
                  { value: 'occurrence', label: t('meeting.applyTo.occurrence') },
                  { value: 'following', label: t('meeting.applyTo.actionFollowing') },
                ]}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
