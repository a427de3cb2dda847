/** New meeting (`/meetings/new`) and edit (`/meetings/:id/edit`): the plan form with live policy warnings. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Radio, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EDITABLE_STATUSES, type Meeting } from '../../../../shared/meetings';
import { PageLoading, useMe } from '../../../app/auth';
import { clearEditedErrors, errorMessage } from '../../../app/form-errors';
import { FindTimePanel, type ChosenPeople, type ChosenRoom } from '../../scheduling/components/FindTimePanel';
import { api } from '../../../app/api-client';
import { useMeeting } from '../api';
import { LivePolicyWarnings } from '../components/LivePolicyWarnings';
import { MeetingFormFields } from '../components/MeetingFormFields';
import { RepeatFields } from '../components/RepeatFields';
import { meetingToValues, newMeetingValues, type MeetingFormValues } from '../form-values';
import { useSaveMeeting } from '../use-save-meeting';

/** Loads the meeting when editing, then shows the editor. */
export function MeetingFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const query = useMeeting(id);
  if (id && query.isPending) return <PageLoading />;
  if (id && query.error) return <Result status="warning" title={errorMessage(query.error)} extra={<Button onClick={() => navigate('/meetings')}>{t('nav.backToMeetings')}</Button>} />;
  const meeting = query.data;
  if (meeting && !EDITABLE_STATUSES.includes(meeting.status)) {
    return (
      <Result
        status="info"
        title={t('meeting.form.notEditable', { status: t(`status.${meeting.status}`) })}
        extra={<Button onClick={() => navigate(`/meetings/${meeting.id}`)}>{t('meeting.form.backToDetail')}</Button>}
      />
    );
  }
  return <MeetingEditor key={id ?? 'new'} initial={meeting} reload={async () => (await query.refetch()).data} />;
}

function MeetingEditor({ initial, reload }: { initial?: Meeting; reload: () => Promise<Meeting | undefined> }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const [form] = Form.useForm<MeetingFormValues>();
  // The version the form was filled from; a later edit by someone else makes the save a 409 instead of overwriting it.
  const [base, setBase] = useState<Meeting | undefined>(initial);
  const [plannedAt] = useState(() => initial?.createdAt ?? Date.now());
  const [initialValues] = useState<MeetingFormValues>(() => (initial ? meetingToValues(initial) : newMeetingValues(me.org.timeZone)));
  // A room picked with a suggested time: the detail page offers to book it once the meeting is saved.
  const [room, setRoom] = useState<ChosenRoom>();
  // The people a suggestion was found for: saved as participants (required or optional) with the meeting.
  const [people, setPeople] = useState<ChosenPeople>({ required: [], optional: [] });

  const { save, saving } = useSaveMeeting({
    form,
    base,
    onSaved: async (m) => {
      const add = (personId: string, required: boolean) =>
        api.post(`/api/meetings/${encodeURIComponent(m.id)}/participants`, { personId, role: 'participant', required });
      // Someone already taking part answers 400 (duplicate): that is fine, they stay as they are.
      await Promise.allSettled([...people.required.map((p) => add(p, true)), ...people.optional.map((p) => add(p, false))]);
      navigate(`/meetings/${m.id}`, room ? { state: { bookRoom: { venueId: room.venueId, layout: room.layout } } } : undefined);
    },
    onConflict: (message) => {
      modal.warning({
        title: message,
        content: t('meeting.form.conflictHint'),
        okText: t('meeting.form.reload'),
        onOk: async () => {
          const fresh = await reload();
          if (fresh) {
            setBase(fresh);
            form.resetFields();
            form.setFieldsValue(meetingToValues(fresh));
          }
        },
      });
    },
  });

  const back = () => navigate(initial ? `/meetings/${initial.id}` : '/meetings');

  return (
    <div style={{ maxWidth: 960, margin: '0 auto' }}>
      <div className="hw-page-head">
        <Space align="center">
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={back} aria-label={t('common.back')} />
          <Typography.Title level={3}>{initial ? t('meeting.form.editTitle') : t('meeting.form.newTitle')}</Typography.Title>
        </Space>
      </div>
      <Form<MeetingFormValues>
        name="meeting"
        form={form}
        onValuesChange={(changed: Partial<MeetingFormValues>) => {
          // A fix to one field can clear an error reported on its partner (end before start, the repeat rule).
          const related = {
            ...changed,
            ...('startAt' in changed ? { endAt: true } : {}),
            ...(['startAt', 'weekdays', 'endMode', 'until', 'count'].some((k) => k in changed) ? { repeat: true } : {}),
          };
          clearEditedErrors(form, related);
        }}
        layout="vertical"
        initialValues={initialValues}
        onFinish={save}
        scrollToFirstError
        onKeyDown={(e) => {
          // Enter confirms a typed date or picks an option; it must not save a half-filled plan.
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
        }}
      >
        <MeetingFormFields
          form={form}
          meeting={base}
          orgZone={me.org.timeZone}
          repeat={initial ? undefined : <RepeatFields form={form} />}
          findTime={<FindTimePanel form={form} meetingId={initial?.id} zone={me.org.timeZone} room={room} onRoom={setRoom} onPeople={setPeople} />}
        />
        <LivePolicyWarnings form={form} policy={me.org.policy} plannedAt={plannedAt} />
        {base?.seriesId && (
          <Card size="small" style={{ marginBottom: 16 }}>
            <Form.Item label={t('meeting.applyTo.label')} name="applyTo" style={{ marginBottom: 0 }}>
              <Radio.Group
                options={[
                  { value: 'occurrence', label: t('meeting.applyTo.occurrence') },
                  { value: 'following', label: t('meeting.applyTo.following') },
                ]}
              />
            </Form.Item>
          </Card>
        )}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={saving} size="large">{t('common.save')}</Button>
          <Button onClick={back} size="large">{t('common.cancel')}</Button>
        </Space>
      </Form>
    </div>
  );
}
