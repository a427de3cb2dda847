/** Book a room: the dialog (room, time, title, meeting, layout, attendees, equipment, tentative/confirmed) and, on a taken slot, the conflict dialog. */
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBookingSchema, type Alternative, type Booking } from '../../../../shared/bookings';
import type { FieldError } from '../../../../shared/errors';
import { isApiError } from '../../../app/api-client';
import { useMe } from '../../../app/auth';
import { applyFieldErrors, clearEditedErrors, useShowError, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { MeetingSelect } from '../../meetings/components/MeetingSelect';
import { useVenues } from '../../venues/api';
import { equipmentLabel, layoutLabel, maxCapacity, venueLayouts } from '../../venues/labels';
import { conflictOf, useCreateBooking, useJoinWaitlist, type BookingBody, type ConflictDetails } from '../api';
import { needsApproval, prefillToValues, rulesSummary, valuesToBody, venueProblems, type BookingFormValues, type BookingPrefill } from '../booking-form';
import { ConflictDialog } from './ConflictDialog';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

type Conflict = ConflictDetails & { message: string; body: BookingBody };

/** The dialog; open while `prefill` is set. `onBooked` gets the new booking. */
export function BookingDialog({ prefill, onClose, onBooked }: { prefill: BookingPrefill | null; onClose: () => void; onBooked?: (b: Booking) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const zone = me.org.timeZone;
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<BookingFormValues>();
  const venues = useVenues(true);
  const create = useCreateBooking();
  const join = useJoinWaitlist();
  const [conflict, setConflict] = useState<Conflict>();
  const [busy, setBusy] = useState<'alternative' | 'waitlist'>();
  const venueId = Form.useWatch('venueId', form);
  const venue = venues.data?.find((v) => v.id === venueId);

  useEffect(() => {
    if (!prefill) return;
    form.resetFields();
    form.setFieldsValue(prefillToValues(prefill, zone));
    setConflict(undefined);
  }, [prefill, form, zone]);

  const show = (errors: readonly FieldError[]) => {
    const leftover = applyFieldErrors(form, errors);
    if (leftover.length) void message.error(leftover.join('；'));
  };

  const done = (b: Booking) => {
    setBusy(undefined);
    setConflict(undefined);
    void message.success(b.status === 'pending' ? t('bookings.bookedPending') : t('bookings.booked', { venue: b.venueName }));
    onBooked?.(b);
    onClose();
  };

  const failed = (body: BookingBody) => (err: unknown) => {
    setBusy(undefined);
    const c = conflictOf(err);
    if (c) return setConflict({ ...c, body });
    // An alternative that fails for another reason (layout, capacity) comes back to the form, with that room and time in it.
    setConflict(undefined);
    form.setFieldsValue(prefillToValues({ ...body, meetingId: body.meetingId ?? null }, zone));
    if (isApiError(err) && err.fields.length) show(err.fields);
    showError(err);
  };

  const submit = (v: BookingFormValues) => {
    const body = valuesToBody(v, zone);
    let errors = validateWith(createBookingSchema, body, currentLang(), 'booking');
    if (!errors.length && venue) errors = venueProblems(body as BookingBody, venue, Date.now(), zone);
    if (errors.length) return show(errors);
    create.mutate(body as BookingBody, { onSuccess: done, onError: failed(body as BookingBody) });
  };

  const take = (alt: Alternative) => {
    if (!conflict) return;
    const body = { ...conflict.body, venueId: alt.venueId, startAt: alt.startAt, endAt: alt.endAt };
    setBusy('alternative');
    create.mutate(body, { onSuccess: done, onError: failed(body) });
  };

  const waitlist = () => {
    if (!conflict) return;
    const { venueId: vid, meetingId, title, startAt, endAt, layout, attendeeCount } = conflict.body;
    setBusy('waitlist');
    join.mutate({ venueId: vid, meetingId, title, startAt, endAt, layout, attendeeCount }, {
      onSuccess: (entry) => {
        setBusy(undefined);
        setConflict(undefined);
        void message.success(entry.position ? t('bookings.waitlist.joinedAt', { position: entry.position }) : t('bookings.waitlist.joined'));
        onClose();
      },
      onError: (err) => {
        setBusy(undefined);
        showError(err);
      },
    });
  };

  const onStartChange = (start: Dayjs | null) => {
    const end = form.getFieldValue('endAt') as Dayjs | null | undefined;
    if (start && (!end || !end.isAfter(start))) form.setFieldValue('endAt', start.add(1, 'hour'));
  };

  return (
    <>
      <Modal
        open={!!prefill}
        title={t('bookings.dialog.title')}
        okText={t('bookings.book')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending && !conflict}
        onOk={() => form.submit()}
        onCancel={onClose}
        width={640}
        forceRender
      >
        <div data-testid="booking-dialog">
          <Form<BookingFormValues>
            name="booking"
            form={form}
            layout="vertical"
            onFinish={submit}
            onValuesChange={(changed) => clearEditedErrors(form, { ...changed, ...('startAt' in changed || 'endAt' in changed ? { startAt: 1, endAt: 1 } : {}) })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
            }}
          >
            <Form.Item label={t('bookings.field.venue')} name="venueId" required>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={venues.isPending}
                options={(venues.data ?? []).map((v) => ({ value: v.id, label: `${v.name} · ${t('bookings.grid.capacity', { count: maxCapacity(v) })}` }))}
                onChange={() => form.setFieldsValue({ layout: null, equipment: [] })}
              />
            </Form.Item>
            {venue && <Typography.Paragraph type="secondary" style={{ marginTop: -16, fontSize: 12 }}>{rulesSummary(venue, t)}</Typography.Paragraph>}
            {venue && needsApproval(venue, { userId: me.user.id, roles: me.roles }) && (
              <Alert type="info" showIcon title={t('bookings.dialog.needsApproval')} style={{ marginBottom: 12 }} />
            )}
            <Row gutter={12}>
              <Col xs={24} sm={12}>
                <Form.Item label={t('bookings.field.startAt')} name="startAt" required>
                  <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} needConfirm={false} format={PICKER_FORMAT} style={{ width: '100%' }} onChange={onStartChange} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item label={t('bookings.field.endAt')} name="endAt" required>
                  <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} needConfirm={false} format={PICKER_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label={t('bookings.field.meeting')} name="meetingId" extra={t('bookings.dialog.meetingHint')}>
              <MeetingSelect
                zone={zone}
                onPick={(m) => {
                  if (!m) return;
                  if (!form.getFieldValue('title')) form.setFieldValue('title', m.title);
                  if (!form.getFieldValue('attendeeCount') && m.expectedSize) form.setFieldValue('attendeeCount', m.expectedSize);
                }}
              />
            </Form.Item>
            <Form.Item label={t('bookings.field.title')} name="title">
              <Input maxLength={100} placeholder={t('bookings.dialog.titlePlaceholder')} />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={12} sm={8}>
                <Form.Item label={t('bookings.field.layout')} name="layout">
                  <Select allowClear options={(venue ? venueLayouts(venue) : []).map(({ layout, capacity }) => ({ value: layout, label: `${layoutLabel(t, layout)} · ${capacity}` }))} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6}>
                <Form.Item label={t('bookings.field.attendeeCount')} name="attendeeCount">
                  <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={10}>
                <Form.Item label={t('bookings.field.equipment')} name="equipment">
                  <Select mode="multiple" allowClear maxTagCount="responsive" options={(venue?.equipment ?? []).map((e) => ({ value: e, label: equipmentLabel(t, e) }))} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label={t('bookings.field.status')} name="status" style={{ marginBottom: 0 }} extra={t('bookings.dialog.tentativeHint')}>
              <Radio.Group optionType="button" options={[{ value: 'confirmed', label: t('bookings.status.confirmed') }, { value: 'tentative', label: t('bookings.status.tentative') }]} />
            </Form.Item>
          </Form>
        </div>
      </Modal>
      <ConflictDialog conflict={conflict} zone={zone} busy={busy} onTake={take} onWaitlist={waitlist} onClose={() => setConflict(undefined)} />
    </>
  );
}
