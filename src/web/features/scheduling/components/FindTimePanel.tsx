/** 查找时间 in the meeting form: required and optional people, duration, a date window and room needs → times where everyone required is free. */
import { SearchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Collapse, DatePicker, Form, InputNumber, Row, Select, Switch, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUTS, type Layout } from '../../../../shared/venues';
import { dayStartMs, msToPicker, todayIn } from '../../../app/datetime';
import { applyFieldErrors, clearEditedErrors, useFormErrorHandler, type FieldMap } from '../../../app/form-errors';
import { useParticipants } from '../../meetings/api';
import type { MeetingFormValues } from '../../meetings/form-values';
import { PeopleMultiSelect, type PersonOption } from '../../people/components/PeopleMultiSelect';
import { personLabel } from '../../people/components/PersonSelect';
import { equipmentOptions } from '../../venues/labels';
import { MAX_WINDOW_DAYS, useFindTime, type FindTimeBody, type Suggestion } from '../api';
import { SuggestionList } from './SuggestionList';

type PanelValues = {
  required: PersonOption[];
  optional: PersonOption[];
  duration?: number | null;
  window?: [Dayjs, Dayjs] | null;
  needRoom: boolean;
  capacity?: number | null;
  layout?: Layout | null;
  equipment: string[];
};

/** A room picked with a suggestion, to book once the meeting is saved. */
export type ChosenRoom = { venueId: string; venueName: string; layout?: Layout | null };

const fieldMap: FieldMap = (f) =>
  ({ requiredPersonIds: ['required'], optionalPersonIds: ['optional'], durationMinutes: ['duration'], from: ['window'], to: ['window'], 'room.capacity': ['capacity'], 'room.layout': ['layout'], 'room.equipment': ['equipment'] })[f];

/** The people searched for when a suggestion was applied: they become the meeting's participants on save. */
export type ChosenPeople = { required: string[]; optional: string[] };

/** The panel; `onRoom` remembers (or forgets) the room of the applied suggestion, `onPeople` the people asked about. */
export function FindTimePanel({ form, meetingId, zone, room, onRoom, onPeople }: {
  form: FormInstance<MeetingFormValues>;
  meetingId?: string;
  zone: string;
  room?: ChosenRoom;
  onRoom: (room: ChosenRoom | undefined) => void;
  onPeople: (people: ChosenPeople) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [panel] = Form.useForm<PanelValues>();
  const search = useFindTime();
  const onError = useFormErrorHandler(panel, fieldMap);
  const [asked, setAsked] = useState({ optional: 0, withRoom: true });
  const start = Form.useWatch('startAt', form);
  const end = Form.useWatch('endAt', form);
  const size = Form.useWatch('expectedSize', form);
  const needRoom = Form.useWatch('needRoom', panel);
  const participants = useParticipants(meetingId);

  // Follow the form's times and size until the user sets their own here.
  useEffect(() => {
    if (start && end && end.isAfter(start) && !panel.isFieldTouched('duration')) panel.setFieldValue('duration', end.diff(start, 'minute'));
  }, [start, end, panel]);
  useEffect(() => {
    if (!panel.isFieldTouched('capacity')) panel.setFieldValue('capacity', size ?? null);
  }, [size, panel]);
  // An existing meeting's participants are the people to ask about.
  useEffect(() => {
    const list = participants.data;
    if (!list || panel.isFieldTouched('required') || panel.isFieldTouched('optional')) return;
    const opt = (required: boolean) =>
      list.filter((p) => p.required === required).map((p) => ({ value: p.personId, label: personLabel({ name: p.personName, departmentName: p.departmentName, unit: p.unit }) }));
    panel.setFieldsValue({ required: opt(true), optional: opt(false) });
  }, [participants.data, panel]);

  const run = (v: PanelValues) => {
    const [a, b] = v.window ?? [];
    if (!a || !b) return void applyFieldErrors(panel, [{ field: 'window', reason: 'required', message: t('findTime.windowRequired') }]);
    if (b.diff(a, 'day') + 1 > MAX_WINDOW_DAYS) return void applyFieldErrors(panel, [{ field: 'window', reason: 'too_big', message: t('findTime.windowTooLong', { days: MAX_WINDOW_DAYS }) }]);
    if (!v.duration) return void applyFieldErrors(panel, [{ field: 'duration', reason: 'required', message: t('findTime.durationRequired') }]);
    const main = form.getFieldsValue(['kind', 'departmentId', 'participatingDepartmentIds']) as MeetingFormValues;
    const body: FindTimeBody = {
      requiredPersonIds: v.required.map((p) => p.value),
      optionalPersonIds: v.optional.map((p) => p.value),
      durationMinutes: v.duration,
      from: dayStartMs(a, zone),
      to: dayStartMs(b.add(1, 'day'), zone),
      kind: main.kind,
      departmentIds: [main.departmentId, ...(main.participatingDepartmentIds ?? [])].filter((d): d is string => !!d),
      ...(v.needRoom ? { room: { capacity: v.capacity ?? 1, ...(v.layout ? { layout: v.layout } : {}), ...(v.equipment.length ? { equipment: v.equipment } : {}) } } : {}),
      ...(meetingId ? { excludeMeetingId: meetingId } : {}),
      limit: 20,
    };
    setAsked({ optional: body.optionalPersonIds.length, withRoom: v.needRoom });
    search.mutate(body, { onError });
  };

  const apply = (s: Suggestion, venue?: { id: string; name: string }) => {
    const tz = (form.getFieldValue('timeZone') as string | undefined) ?? zone;
    const place = form.getFieldValue('place') as string | null | undefined;
    form.setFieldsValue({ startAt: msToPicker(s.startAt, tz), endAt: msToPicker(s.endAt, tz) });
    form.setFields([{ name: 'startAt', errors: [] }, { name: 'endAt', errors: [] }]);
    if (venue && (!place || place === room?.venueName)) form.setFieldValue('place', venue.name);
    onRoom(venue ? { venueId: venue.id, venueName: venue.name, layout: panel.getFieldValue('layout') ?? null } : undefined);
    const ids = (name: 'required' | 'optional') => ((panel.getFieldValue(name) as PersonOption[] | undefined) ?? []).map((p) => p.value);
    onPeople({ required: ids('required'), optional: ids('optional') });
    void message.success(t('findTime.applied'));
  };

  const today = todayIn(zone);
  const body = (
    <Form<PanelValues>
      name="findTime"
      form={panel}
      component={false}
      layout="vertical"
      onFinish={run}
      onValuesChange={(c) => clearEditedErrors(panel, c)}
      initialValues={{ required: [], optional: [], duration: 60, window: [today, today.add(13, 'day')], needRoom: true, equipment: [] }}
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="required" label={t('findTime.required')}><PeopleMultiSelect /></Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="optional" label={t('findTime.optional')}><PeopleMultiSelect /></Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="duration" label={t('findTime.duration')}>
            <InputNumber min={5} max={1440} step={15} precision={0} style={{ width: '100%' }} suffix={t('findTime.minutes')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="window" label={t('findTime.window')}>
            <DatePicker.RangePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isBefore(today, 'day')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="needRoom" label={t('findTime.needRoom')} valuePropName="checked"><Switch /></Form.Item>
        </Col>
      </Row>
      {needRoom && (
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name="capacity" label={t('findTime.capacity')}>
              <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="layout" label={t('bookings.field.layout')}>
              <Select allowClear options={LAYOUTS.map((l) => ({ value: l, label: t(`venues.layout.${l}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="equipment" label={t('bookings.field.equipment')}>
              <Select mode="multiple" allowClear maxTagCount="responsive" options={equipmentOptions(t)} />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Button icon={<SearchOutlined />} loading={search.isPending} onClick={() => panel.submit()} style={{ marginBottom: 12 }}>{t('findTime.search')}</Button>
      {room && <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('findTime.roomRemembered', { name: room.venueName })} action={<Button size="small" type="text" onClick={() => onRoom(undefined)}>{t('findTime.forgetRoom')}</Button>} />}
      {search.data && <SuggestionList key={search.submittedAt} result={search.data} optionalCount={asked.optional} zone={zone} withRoom={asked.withRoom} onApply={apply} />}
    </Form>
  );

  return (
    <div data-testid="find-time-panel" style={{ marginBottom: 16 }}>
      <Collapse size="small" items={[{ key: 'find', label: t('findTime.title'), extra: <span className="hw-muted" style={{ fontSize: 12 }}>{t('findTime.subtitle')}</span>, children: body, forceRender: true }]} />
    </div>
  );
}

