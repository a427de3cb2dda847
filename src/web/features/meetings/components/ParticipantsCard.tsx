/** The participants of a meeting: who, in what role, required or optional; organisers add and remove people. The full list is the 参会人员 tab. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, AutoComplete, Button, Card, Checkbox, Flex, Form, Popconfirm, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reasonMessage } from '../../../../shared/errors';
import { useCan } from '../../../app/auth';
import { applyFieldErrors, clearEditedErrors, useFormErrorHandler, useShowError } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { ItemList } from '../../../app/ItemList';
import { PersonSelect } from '../../people/components/PersonSelect';
import { PARTICIPANT_ROLES, useAddParticipant, useParticipants, useRemoveParticipant, type ParticipantRole } from '../api';

type AddValues = { personId?: string | null; role: ParticipantRole; required: boolean; groupName?: string };

/** How many participants the plan tab lists before pointing to the participants tab. */
const SHOWN = 8;

/** The person picker with role (and, on the participants tab, 人群类别): adds one person to the meeting. */
export function ParticipantAddForm({ meetingId, groups }: { meetingId: string; groups?: readonly string[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddParticipant(meetingId);
  const [form] = Form.useForm<AddValues>();
  const onError = useFormErrorHandler(form);

  const submit = (v: AddValues) => {
    if (!v.personId) return void applyFieldErrors(form, [{ field: 'personId', reason: 'required', message: reasonMessage('personId', 'required', currentLang()) }]);
    add.mutate({ personId: v.personId, role: v.role, required: v.required, ...(groups ? { groupName: v.groupName?.trim() || null } : {}) }, {
      onSuccess: () => {
        form.setFieldValue('personId', null);
        void message.success(t('participants.added'));
      },
      onError,
    });
  };

  return (
    <Form<AddValues> name={groups ? 'participantAddFull' : 'participantAdd'} form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'participant', required: true }}
      onValuesChange={(c) => clearEditedErrors(form, c)} style={{ marginTop: 12 }}>
      <Flex gap={8} wrap align="flex-end">
        <Form.Item name="personId" label={t('participants.person')} style={{ flex: '1 1 220px', marginBottom: 8 }}>
          <PersonSelect />
        </Form.Item>
        <Form.Item name="role" label={t('participants.roleLabel')} style={{ flex: '0 0 140px', marginBottom: 8 }}>
          <Select options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: t(`participants.role.${r}`) }))} />
        </Form.Item>
        {groups && (
          <Form.Item name="groupName" label={t('participantList.group')} style={{ flex: '0 1 160px', marginBottom: 8 }}>
            <AutoComplete options={groups.map((g) => ({ value: g }))} maxLength={30} allowClear
              showSearch={{ filterOption: (input, o) => String(o?.value ?? '').includes(input) }} />
          </Form.Item>
        )}
        <Form.Item name="required" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{t('participants.required')}</Checkbox>
        </Form.Item>
        <Form.Item style={{ marginBottom: 8 }}>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>{t('participants.add')}</Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}

/** The card on the meeting's plan tab: the first few people, the way to the whole list, and the add form. */
export function ParticipantsCard({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('meeting.write');
  const list = useParticipants(meetingId);
  const remove = useRemoveParticipant(meetingId);
  const showError = useShowError();
  const people = list.data ?? [];

  return (
    <Card size="small" title={t('participants.title', { count: people.length })} style={{ marginBottom: 16 }} data-testid="participants-card"
      extra={people.length > 0 && <Link to={`/meetings/${meetingId}?tab=participants`}>{t('participantList.openTab')}</Link>}>
      <ItemList
        items={people.slice(0, SHOWN)}
        rowKey={(p) => p.id}
        loading={list.isFetching}
        empty={t('participants.empty')}
        render={(p) => ({
          title: (
            <Flex gap={6} wrap align="center">
              {p.personName}
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>{t(`participants.role.${p.role}`)}</Tag>
              <Tag style={{ marginInlineEnd: 0 }}>{p.required ? t('participants.required') : t('participants.optional')}</Tag>
            </Flex>
          ),
          description: p.departmentName ?? p.unit ?? undefined,
          actions: canWrite ? [
            <Popconfirm key="rm" title={t('participants.confirmRemove', { name: p.personName })} okText={t('common.confirm')} cancelText={t('common.back')}
              onConfirm={() => remove.mutate(p.id, { onError: showError })}>
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('participants.remove', { name: p.personName })} />
            </Popconfirm>,
          ] : undefined,
        })}
      />
      {people.length > SHOWN && (
        <div style={{ textAlign: 'center', paddingTop: 8 }}>
          <Link to={`/meetings/${meetingId}?tab=participants`}>{t('participantList.showAll', { count: people.length })}</Link>
        </div>
      )}
      {canWrite && <ParticipantAddForm meetingId={meetingId} />}
    </Card>
  );
}
