/** Adds or edits a check-in list: name and kind, the agenda item it belongs to, who may pass (roles, groups), exits and re-entry, opening hours. */
import { App, Button, DatePicker, Drawer, Form, Grid, Input, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKIN_LIST_KINDS, type CheckinList } from '../../../../shared/checkin';
import { PARTICIPANT_ROLES, ROLE_LABELS, type ParticipantRole } from '../../../../shared/participants';
import { clockTime } from '../../../../shared/time';
import { isApiError } from '../../../app/api-client';
import { msToPicker, pickerToMs } from '../../../app/datetime';
import { clearEditedErrors, useFormErrorHandler } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useAgenda } from '../../agenda/api';
import { useParticipants } from '../../meetings/api';
import { useSaveCheckinList, type CheckinListBody } from '../api';

type Values = {
  name: string; kind: CheckinList['kind']; agendaItemId?: string | null; allowedRoles?: ParticipantRole[]; allowedGroups?: string[];
  trackExit: boolean; allowReentry: boolean; opensAt?: Dayjs | null; closesAt?: Dayjs | null;
};

type Props = { open: boolean; meetingId: string; zone: string; list?: CheckinList; onClose: () => void };

/** The drawer. */
export function CheckinListDrawer({ open, meetingId, zone, list, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = currentLang();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const save = useSaveCheckinList(meetingId);
  const onError = useFormErrorHandler(form);
  const agenda = useAgenda(open ? meetingId : undefined);
  const participants = useParticipants(open ? meetingId : undefined);
  const trackExit = Form.useWatch('trackExit', form);
  const groups = useMemo(() => [...new Set((participants.data ?? []).map((p) => p.groupName).filter((g): g is string => !!g))], [participants.data]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(list ? {
      name: list.name, kind: list.kind, agendaItemId: list.agendaItemId, allowedRoles: (list.allowedRoles ?? []) as ParticipantRole[], allowedGroups: list.allowedGroups ?? [],
      trackExit: list.trackExit, allowReentry: list.allowReentry,
      opensAt: list.opensAt !== null ? msToPicker(list.opensAt, zone) : null, closesAt: list.closesAt !== null ? msToPicker(list.closesAt, zone) : null,
    } : { name: '', kind: 'main', agendaItemId: null, allowedRoles: [], allowedGroups: [], trackExit: false, allowReentry: false, opensAt: null, closesAt: null });
  }, [open, list, form, zone]);

  const submit = async () => {
    const v = await form.validateFields();
    const input: CheckinListBody = {
      name: v.name, kind: v.kind, agendaItemId: v.agendaItemId ?? null,
      allowedRoles: v.allowedRoles?.length ? v.allowedRoles : null, allowedGroups: v.allowedGroups?.length ? v.allowedGroups : null,
      trackExit: v.trackExit, allowReentry: v.trackExit && v.allowReentry,
      opensAt: v.opensAt ? pickerToMs(v.opensAt, zone) : null, closesAt: v.closesAt ? pickerToMs(v.closesAt, zone) : null,
    };
    save.mutate({ id: list?.id, version: list?.version, input }, {
      onSuccess: () => {
        void message.success(t('checkin.lists.saved'));
        onClose();
      },
      onError: (err) => {
        if (isApiError(err) && err.status === 409) {
          void message.warning(t('checkin.lists.conflict'));
          onClose();
        } else onError(err);
      },
    });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md ? 520 : '100%'}
      title={list ? t('checkin.lists.edit') : t('checkin.lists.add')}
      forceRender
      data-testid="checkin-list-drawer"
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => void submit()} data-testid="checkin-list-save">{t('common.save')}</Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onValuesChange={(changed) => clearEditedErrors(form, changed)}>
        <Form.Item name="name" label={t('checkin.lists.field.name')} rules={[{ required: true, whitespace: true }, { max: 60 }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="kind" label={t('checkin.lists.field.kind')} rules={[{ required: true }]}>
          <Select options={CHECKIN_LIST_KINDS.map((k) => ({ value: k, label: t(`checkin.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="agendaItemId" label={t('checkin.lists.field.agendaItemId')}>
          <Select allowClear loading={agenda.isPending} options={(agenda.data?.items ?? []).map((i) => ({ value: i.id, label: `${clockTime(i.startAt, zone)} ${i.title}` }))} />
        </Form.Item>
        <Form.Item name="allowedRoles" label={t('checkin.lists.field.allowedRoles')} extra={t('checkin.lists.help.roles')}>
          <Select mode="multiple" allowClear options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))} />
        </Form.Item>
        <Form.Item name="allowedGroups" label={t('checkin.lists.field.allowedGroups')} extra={t('checkin.lists.help.groups')}>
          <Select mode="tags" allowClear options={groups.map((g) => ({ value: g, label: g }))} />
        </Form.Item>
        <Space size={24} wrap>
          <Form.Item name="trackExit" label={t('checkin.lists.field.trackExit')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="allowReentry" label={t('checkin.lists.field.allowReentry')} valuePropName="checked" tooltip={t('checkin.lists.help.reentry')}>
            <Switch disabled={!trackExit} />
          </Form.Item>
        </Space>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="opensAt" label={t('checkin.lists.field.opensAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="closesAt" label={t('checkin.lists.field.closesAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
        </Space>
      </Form>
    </Drawer>
  );
}
