/** 为此后各次预订: book one room for this occurrence of a series and every later one, then show what was booked and each conflict with its alternatives. */
import { ClockCircleOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bookSeriesSchema } from '../../../../shared/bookings';
import type { Meeting } from '../../../../shared/meetings';
import { formatRange } from '../../../../shared/time';
import type { Layout } from '../../../../shared/venues';
import { useMe } from '../../../app/auth';
import { applyFieldErrors, clearEditedErrors, useFormErrorHandler, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useVenues } from '../../venues/api';
import { layoutLabel, maxCapacity, venueLayouts } from '../../venues/labels';
import { useBookSeries, type SeriesResult } from '../api';
import type { BookingPrefill } from '../booking-form';
import './rooms-grid.css';

type SeriesValues = { venueId?: string; layout?: Layout | null; attendeeCount?: number | null; status: 'confirmed' | 'tentative' };

/** The modal: a form first, then the result. `onAlternative` opens the booking dialog for one conflicting occurrence. */
export function SeriesBookingModal({ open, meeting, onClose, onAlternative }: {
  open: boolean;
  meeting: Meeting;
  onClose: () => void;
  onAlternative: (p: Partial<BookingPrefill>) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const zone = me.org.timeZone;
  const lang = currentLang();
  const [form] = Form.useForm<SeriesValues>();
  const venues = useVenues(true);
  const book = useBookSeries();
  const onError = useFormErrorHandler(form);
  const [result, setResult] = useState<SeriesResult>();
  const venueId = Form.useWatch('venueId', form);
  const venue = venues.data?.find((v) => v.id === venueId);

  useEffect(() => {
    if (!open) return;
    setResult(undefined);
    form.resetFields();
    form.setFieldsValue({ status: 'confirmed', attendeeCount: meeting.expectedSize });
  }, [open, meeting, form]);

  const submit = (v: SeriesValues) => {
    const input = { meetingId: meeting.id, venueId: v.venueId, layout: v.layout ?? null, attendeeCount: v.attendeeCount ?? null, status: v.status };
    const errors = validateWith(bookSeriesSchema, input, lang, 'booking');
    if (errors.length) return void applyFieldErrors(form, errors);
    book.mutate({ ...input, venueId: input.venueId! }, { onSuccess: setResult, onError });
  };

  const pick = (meetingId: string, p: Partial<BookingPrefill>) => {
    onClose();
    onAlternative({ ...p, meetingId, layout: form.getFieldValue('layout') ?? null, attendeeCount: form.getFieldValue('attendeeCount') ?? null });
  };

  return (
    <Modal
      open={open}
      title={t('meetingRooms.seriesTitle')}
      onCancel={onClose}
      width={640}
      forceRender
      okText={result ? t('common.done') : t('meetingRooms.seriesSubmit')}
      cancelText={t('common.cancel')}
      cancelButtonProps={{ style: result ? { display: 'none' } : undefined }}
      confirmLoading={book.isPending}
      onOk={() => (result ? onClose() : form.submit())}
    >
      <div data-testid="series-booking">
        {!result && (
          <Form<SeriesValues> name="seriesBooking" form={form} layout="vertical" onFinish={submit} onValuesChange={(c) => clearEditedErrors(form, c)}>
            <Typography.Paragraph type="secondary">{t('meetingRooms.seriesHint')}</Typography.Paragraph>
            <Form.Item label={t('bookings.field.venue')} name="venueId" required>
              <Select showSearch={{ optionFilterProp: 'label' }} options={(venues.data ?? []).map((v) => ({ value: v.id, label: `${v.name} · ${t('bookings.grid.capacity', { count: maxCapacity(v) })}` }))}
                onChange={() => form.setFieldValue('layout', null)} />
            </Form.Item>
            <Flex gap={12} wrap>
              <Form.Item label={t('bookings.field.layout')} name="layout" style={{ flex: '1 1 180px' }}>
                <Select allowClear options={(venue ? venueLayouts(venue) : []).map(({ layout, capacity }) => ({ value: layout, label: `${layoutLabel(t, layout)} · ${capacity}` }))} />
              </Form.Item>
              <Form.Item label={t('bookings.field.attendeeCount')} name="attendeeCount" style={{ flex: '0 0 140px' }}>
                <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Flex>
            <Form.Item label={t('bookings.field.status')} name="status" style={{ marginBottom: 0 }}>
              <Radio.Group optionType="button" options={[{ value: 'confirmed', label: t('bookings.status.confirmed') }, { value: 'tentative', label: t('bookings.status.tentative') }]} />
            </Form.Item>
          </Form>
        )}
        {result && (
          <>
            <Alert
              type={result.conflicts.length ? 'warning' : 'success'}
              showIcon
              title={t('meetingRooms.seriesBooked', { count: result.booked.length })}
              description={result.conflicts.length ? t('meetingRooms.seriesConflicts', { count: result.conflicts.length }) : undefined}
              style={{ marginBottom: 12 }}
            />
            <div style={{ maxHeight: '55vh', overflowY: 'auto' }}>
              {result.conflicts.map((c) => (
                <div key={c.meetingId} className="hw-series-conflict">
                  <div><b>{formatRange(c.startAt, c.endAt, zone, lang)}</b></div>
                  <Typography.Text type="danger">{c.message}</Typography.Text>
                  <Flex gap={6} wrap style={{ marginTop: 6 }}>
                    {c.alternatives.length === 0 && <Typography.Text type="secondary">{t('bookings.conflict.noAlternatives')}</Typography.Text>}
                    {c.alternatives.map((a) => (
                      <Button key={`${a.kind}${a.venueId}${a.startAt}`} size="small" icon={a.kind === 'other_room' ? <SwapOutlined /> : <ClockCircleOutlined />}
                        style={{ height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                        onClick={() => pick(c.meetingId, { venueId: a.venueId, startAt: a.startAt, endAt: a.endAt })}>
                        {t(`bookings.conflict.kind.${a.kind}`)} · {a.venueName}{a.kind === 'other_room' ? '' : ` · ${formatRange(a.startAt, a.endAt, zone, lang)}`}
                      </Button>
                    ))}
                  </Flex>
                </div>
              ))}
            </div>
          </>
        )}
      </div>
    </Modal>
  );
}
