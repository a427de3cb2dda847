/** Changes one participant's role, 人群类别 and whether they must attend; server field errors land on the items. */
import { App, AutoComplete, Checkbox, Form, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../../../../shared/participants';
import { clearEditedErrors, useFormErrorHandler } from '../../../app/form-errors';
import { roleLabel } from '../../notices/labels';
import { useUpdateParticipant } from '../../notices/rsvp-api';

type Values = { role: ParticipantRole; groupName?: string | null; required: boolean };

/** The dialog; `participant` undefined closes it. */
export function ParticipantEditModal({ meetingId, participant: p, groups, onClose }: { meetingId: string; participant?: Participant; groups: readonly string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateParticipant(meetingId);
  const onError = useFormErrorHandler(form);

  useEffect(() => {
    if (p) form.setFieldsValue({ role: p.role, groupName: p.groupName ?? '', required: p.required });
  }, [p, form]);

  const save = (v: Values) => {
    if (!p) return;
    update.mutate({ id: p.id, input: { role: v.role, required: v.required, groupName: v.groupName?.trim() || null } }, {
      onSuccess: () => {
        void message.success(t('common.saved'));
        onClose();
      },
      onError,
    });
  };

  return (
    <Modal open={!!p} title={p ? t('participantList.edit.title', { name: p.personName }) : ''} okText={t('common.save')} cancelText={t('common.cancel')}
      onOk={() => form.submit()} onCancel={onClose} okButtonProps={{ loading: update.isPending }} forceRender>
      <Form<Values> name="participantEdit" form={form} layout="vertical" onFinish={save} onValuesChange={(c) => clearEditedErrors(form, c)}>
        <Form.Item name="role" label={t('participantList.role')}>
          <Select options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
        </Form.Item>
        <Form.Item name="groupName" label={t('participantList.group')} extra={t('participantList.edit.groupHint')}>
          <AutoComplete options={groups.map((g) => ({ value: g }))} maxLength={30} allowClear
            showSearch={{ filterOption: (input, o) => String(o?.value ?? '').includes(input) }} />
        </Form.Item>
        <Form.Item name="required" valuePropName="checked">
          <Checkbox>{t('participants.required')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
