/** Add or edit an agenda item: kind, title, start with end time or duration (kept in sync), room or place, presenters, materials, notes; the checks run live as it is edited. */
import { CheckCircleOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Drawer, Form, Grid, Input, InputNumber, Radio, Row, Select, Space, TimePicker, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_KINDS, agendaItemInputSchema } from '../../../../shared/agenda';
import type { Meeting } from '../../../../shared/meetings';
import { useMe } from '../../../app/auth';
import { isApiError } from '../../../app/api-client';
import { browserTimeZone } from '../../../app/datetime';
import { applyFieldErrors, clearEditedErrors, useShowError, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useParticipants } from '../../meetings/api';
import { roleLabel } from '../../notices/labels';
import { useVenues } from '../../venues/api';
import { useSaveAgendaItem, type AgendaItem } from '../api';
import { checkedMeeting, itemFieldMap, itemToValues, liveWarnings, NEW_ITEM_ID, newItemValues, syncTimes, valuesToBody, valuesToSpan, type ItemFormValues } from '../item-values';
import { kindLabel } from '../labels';
import { AgendaWarnings } from './AgendaWarnings';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/** Props: open or not, the meeting, the saved items (for the live checks and the default start), and the item to edit (none: a new one). */
export type AgendaItemDrawerProps = { open: boolean; meeting: Meeting; items: readonly AgendaItem[]; item?: AgendaItem; onClose: () => void };

/** The drawer. */
export function AgendaItemDrawer({ open, meeting, items, item, onClose }: AgendaItemDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<ItemFormValues>();
  const participants = useParticipants(open ? meeting.id : undefined);
  const venues = useVenues(true);
  const save = useSaveAgendaItem(meeting.id);
  const showError = useShowError();
  const zone = meeting.timeZone;
  const lang = currentLang();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(item ? itemToValues(item, zone) : newItemValues(items, meeting, zone));
    // Only when the drawer opens on an item (or a new one); later list refreshes must not wipe the edits.
  }, [open, item?.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const values = (Form.useWatch((v) => v, { form, preserve: true }) ?? {}) as Partial<ItemFormValues>;
  const where = values.where ?? 'main';
  const checks = useMemo(() => checkedMeeting(meeting, me.org.policy.multiDepartmentStartTimes), [meeting, me.org.policy.multiDepartmentStartTimes]);
  const body = values.start ? valuesToBody(values, zone) : undefined;
  const warnings = useMemo(() => (open ? liveWarnings(items, item?.id, body, checks) : []), [open, items, item?.id, JSON.stringify(body), checks]); // eslint-disable-line react-hooks/exhaustive-deps

  const onValuesChange = (changed: Partial<ItemFormValues>, all: ItemFormValues) => {
    clearEditedErrors(form, changed);
    const patch = syncTimes(changed, all, zone);
    if (Object.keys(patch).length) {
      form.setFieldsValue(patch);
      // An end fixed by a new duration (or the other way round) is no longer wrong.
      form.setFields([{ name: 'end', errors: [] }, { name: 'duration', errors: [] }]);
    }
  };

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const v = form.getFieldsValue(true) as ItemFormValues;
    const input = valuesToBody(v, zone);
    const errors = validateWith(agendaItemInputSchema, input, lang);
    if (errors.length) {
      const leftover = applyFieldErrors(form, errors, itemFieldMap);
      if (leftover.length) void message.error(leftover.join('；'));
      return;
    }
    save.mutate({ itemId: item?.id, input }, {
      onSuccess: () => {
        void message.success(item ? t('agenda.form.saved') : t('agenda.form.added'));
        onClose();
      },
      onError: (err) => {
        if (isApiError(err) && err.fields.length) applyFieldErrors(form, err.fields, itemFieldMap);
        showError(err);
      },
    });
  };

  const participantOptions = (participants.data ?? []).map((p) => ({
    value: p.id,
    label: p.personName,
    title: [p.personName, p.unit ?? p.departmentName, roleLabel(p.role)].filter(Boolean).join(' · '),
    desc: [p.unit ?? p.departmentName, roleLabel(p.role)].filter(Boolean).join(' · '),
  }));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md ? 600 : '100%'}
      title={item ? t('agenda.form.editTitle') : t('agenda.form.newTitle')}
      forceRender
      data-testid="agenda-drawer"
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" icon={<CheckCircleOutlined />} loading={save.isPending} onClick={() => void submit()} data-testid="agenda-save">{t('common.save')}</Button>
        </Space>
      }
    >
      <Form<ItemFormValues> name="agenda-item" form={form} layout="vertical" onValuesChange={onValuesChange} onFinish={() => void submit()}>
        <Row gutter={[12, 0]}>
          <Col xs={24} sm={8}>
            <Form.Item name="kind" label={t('agenda.field.kind')} required>
              <Select options={AGENDA_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="title" label={t('agenda.field.title')} rules={[{ required: true, whitespace: true, message: t('agenda.form.titleRequired') }]}>
              <Input maxLength={200} placeholder={t('agenda.form.titlePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="start" label={t('agenda.field.start')} rules={[{ required: true, message: t('agenda.form.startRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} needConfirm={false} format={PICKER_FORMAT} placeholder={PICKER_FORMAT} style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item
              name="end"
              label={t('agenda.field.end')}
              dependencies={['start', 'duration']}
              rules={[{
                validator: async () => {
                  const span = valuesToSpan(form.getFieldsValue(true) as ItemFormValues, zone);
                  if (span && span.endAt <= span.startAt) throw new Error(t('agenda.form.endAfterStart'));
                },
              }]}
            >
              <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item name="duration" label={t('agenda.field.duration')}>
              <InputNumber min={1} max={1440} step={5} precision={0} style={{ width: '100%' }} suffix={t('agenda.form.minutesUnit')} />
            </Form.Item>
          </Col>
        </Row>
        {zone !== browserTimeZone() && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: -12, marginBottom: 12, fontSize: 12 }}>{t('agenda.form.zoneHint', { zone })}</Typography.Text>
        )}

        <Form.Item name="where" label={t('agenda.field.where')} style={{ marginBottom: 8 }}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'main', label: t('agenda.form.whereMain') },
              { value: 'venue', label: t('agenda.form.whereVenue') },
              { value: 'place', label: t('agenda.form.wherePlace') },
            ]}
          />
        </Form.Item>
        {where === 'main' && (
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 16, fontSize: 13 }}>
            {meeting.place ? t('agenda.form.mainIs', { place: meeting.place }) : t('agenda.form.mainUnset')}
          </Typography.Text>
        )}
        {where === 'venue' && (
          <Form.Item name="venueId" rules={[{ required: true, message: t('agenda.form.venueRequired') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} placeholder={t('agenda.form.venuePlaceholder')} loading={venues.isPending}
              options={(venues.data ?? []).map((v) => ({ value: v.id, label: v.name }))} />
          </Form.Item>
        )}
        {where === 'place' && (
          <Form.Item name="place" rules={[{ required: true, whitespace: true, message: t('agenda.form.placeRequired') }]}>
            <Input maxLength={100} placeholder={t('agenda.form.placePlaceholder')} />
          </Form.Item>
        )}

        <Form.Item name="presenterIds" label={t('agenda.field.presenters')} extra={participants.data && participants.data.length === 0 ? t('agenda.form.noParticipants') : undefined}>
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={participants.isPending}
            placeholder={t('agenda.form.presentersPlaceholder')}
            options={participantOptions}
            optionRender={(o) => (
              <div>
                <div>{o.data.label}</div>
                {o.data.desc && <div className="hw-muted" style={{ fontSize: 12 }}>{o.data.desc}</div>}
              </div>
            )}
          />
        </Form.Item>
        <Form.Item name="materials" label={t('agenda.field.materials')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={t('agenda.form.materialsPlaceholder')} />
        </Form.Item>
        <Form.Item name="notes" label={t('agenda.field.notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} placeholder={t('agenda.form.notesPlaceholder')} />
        </Form.Item>
      </Form>

      {warnings.length > 0 ? (
        <AgendaWarnings warnings={warnings} focusId={item?.id ?? NEW_ITEM_ID} title={t('agenda.liveWarnings', { count: warnings.length })} testId="agenda-live-warnings" />
      ) : (
        body && <Typography.Text type="success" data-testid="agenda-live-ok"><CheckCircleOutlined /> {t('agenda.liveOk')}</Typography.Text>
      )}
    </Drawer>
  );
}
