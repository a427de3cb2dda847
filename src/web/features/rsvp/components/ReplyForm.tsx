/** The reply slip form: attendance as big choices, then travel, lodging, diet, payment (paid meetings) and companions. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, TimePicker, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from 'luxon';
import { LODGING_LABELS, LODGING_NEEDS, PAYMENT_STATUSES, REPLY_ATTENDANCE, replySchema, TRAVEL_MODE_LABELS, TRAVEL_MODES, type Reply, type RsvpView } from '../../../../shared/rsvp';
import type { FieldError } from '../../../../shared/errors';
import { isApiError } from '../../../app/api-client';
import { applyFieldErrors, clearEditedErrors, errorMessage, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useSubmitReply } from '../api';
import { comes, dayLabel, fromReply, MAX_COMPANIONS, nightOptions, replyFieldMap, toReply, type ReplyValues } from '../reply-values';

/** Props: the slip, its token, and what to do once the answer is stored. */
export type ReplyFormProps = { view: RsvpView; token: string; onSaved: (view: RsvpView) => void; onCancel?: () => void };

/** The form; pre-filled from the stored reply. */
export function ReplyForm({ view, token, onSaved, onCancel }: ReplyFormProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const [form] = Form.useForm<ReplyValues>();
  const submit = useSubmitReply(token);
  const [problems, setProblems] = useState<string[]>([]);
  const attendance = Form.useWatch('attendance', form);
  const need = Form.useWatch(['lodging', 'need'], form);
  const { meeting } = view;
  const nights = useMemo(() => nightOptions(meeting.startAt, meeting.endAt, meeting.timeZone), [meeting.startAt, meeting.endAt, meeting.timeZone]);
  // Pickers open on the meeting's first day; travel is around then.
  const firstDay = useMemo(() => {
    const d = DateTime.fromMillis(meeting.startAt, { zone: meeting.timeZone });
    return dayjs(new Date(d.year, d.month - 1, d.day));
  }, [meeting.startAt, meeting.timeZone]);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(fromReply(view.reply as Reply | null));
    // Only when another slip is shown: a refetch must not wipe what is being typed.
  }, [token, form]);

  const showErrors = (errors: readonly FieldError[]) => {
    const leftover = applyFieldErrors(form, errors, replyFieldMap);
    setProblems(leftover);
    // The first wrong item may be far down on a phone: bring it into view.
    const loose = form as FormInstance;
    const first = errors.map((e) => replyFieldMap(e.field)).find((n) => n && loose.getFieldError(n).length > 0);
    if (first) loose.scrollToField(first, { block: 'center', behavior: 'smooth' });
  };

  const onFinish = () => {
    setProblems([]);
    const body = toReply(form.getFieldsValue(true) as ReplyValues, view.paid);
    const errors = validateWith(replySchema, body, lang, 'rsvp');
    if (errors.length) return showErrors(errors);
    submit.mutate(body, {
      onSuccess: onSaved,
      onError: (err) => {
        if (isApiError(err) && err.fields.length > 0) showErrors(err.fields);
        else setProblems([errorMessage(err)]);
      },
    });
  };

  const attendanceOptions = REPLY_ATTENDANCE.map((a) => ({
    value: a,
    label: (
      <>
        <span>{t(`rsvp.choice.${a}`)}</span>
        <span className="hw-rsvp-option-hint">{t(`rsvp.choiceHint.${a}`)}</span>
      </>
    ),
  }));
  const modeOptions = TRAVEL_MODES.map((m) => ({ value: m, label: TRAVEL_MODE_LABELS[m][lang] }));

  const leg = (name: 'arrival' | 'departure') => (
    <div className="hw-rsvp-leg">
      <div className="hw-rsvp-leg-title">{t(`rsvp.travel.${name}`)}</div>
      <Row gutter={8}>
        <Col span={13}>
          <Form.Item label={t('rsvp.travel.date')} name={[name, 'date']}>
            <DatePicker inputReadOnly style={{ width: '100%' }} defaultPickerValue={firstDay} placeholder={t('rsvp.travel.pickDate')} />
          </Form.Item>
        </Col>
        <Col span={11}>
          <Form.Item label={t('rsvp.travel.time')} name={[name, 'time']}>
            <TimePicker inputReadOnly format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} placeholder={t('rsvp.travel.pickTime')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('rsvp.travel.mode')} name={[name, 'mode']}>
        <Radio.Group optionType="button" options={modeOptions} />
      </Form.Item>
      <Row gutter={8}>
        <Col xs={24} sm={10}>
          <Form.Item label={t('rsvp.travel.number')} name={[name, 'number']}>
            <Input maxLength={20} placeholder={t('rsvp.travel.numberPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item label={t(`rsvp.travel.station.${name}`)} name={[name, 'station']}>
            <Input maxLength={50} placeholder={t(`rsvp.travel.stationPlaceholder.${name}`)} />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );

  return (
    <Form<ReplyValues>
      name="rsvp"
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={onFinish}
      onValuesChange={(changed) => clearEditedErrors(form, changed)}
      data-testid="rsvp-form"
    >
      <Card size="small" className="hw-rsvp-card" title={t('rsvp.section.attendance')}>
        <Form.Item name="attendance" label={t('rsvp.attendanceQuestion')} style={{ marginBottom: attendance === 'substitute' || attendance === 'leave' ? 16 : 0 }}>
          <Radio.Group className="hw-rsvp-attendance" options={attendanceOptions} />
        </Form.Item>
        {attendance === 'substitute' && (
          <>
            <Form.Item label={t('rsvp.substitute.name')} name={['substitute', 'name']} required>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
            <Row gutter={8}>
              <Col xs={24} sm={12}>
                <Form.Item label={t('rsvp.substitute.title')} name={['substitute', 'title']}>
                  <Input maxLength={50} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item label={t('rsvp.substitute.phone')} name={['substitute', 'phone']}>
                  <Input inputMode="tel" maxLength={30} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        {attendance === 'leave' && (
          <Form.Item label={t('rsvp.leaveReason')} name="leaveReason" required style={{ marginBottom: 0 }}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('rsvp.leaveReasonPlaceholder')} />
          </Form.Item>
        )}
      </Card>

      {comes(attendance) && (
        <>
          <Card size="small" className="hw-rsvp-card" title={t('rsvp.section.travel')}>
            {leg('arrival')}
            {leg('departure')}
          </Card>

          <Card size="small" className="hw-rsvp-card" title={t('rsvp.section.lodging')}>
            <Form.Item label={t('rsvp.lodging.need')} name={['lodging', 'need']}>
              <Radio.Group optionType="button" options={LODGING_NEEDS.map((n) => ({ value: n, label: LODGING_LABELS[n][lang] }))} />
            </Form.Item>
            {(need === 'single' || need === 'shared') && (
              <Form.Item label={t('rsvp.lodging.nights')} name={['lodging', 'nights']} extra={t('rsvp.lodging.nightsHint')}>
                <Checkbox.Group className="hw-rsvp-nights" options={nights.map((d) => ({ value: d, label: dayLabel(d, lang) }))} />
              </Form.Item>
            )}
            {need === 'shared' && (
              <Form.Item label={t('rsvp.lodging.shareWith')} name={['lodging', 'shareWith']} extra={t('rsvp.lodging.shareWithHint')}>
                <Input maxLength={50} />
              </Form.Item>
            )}
          </Card>

          <Card size="small" className="hw-rsvp-card" title={t('rsvp.section.dietary')}>
            <Form.Item label={t('rsvp.dietary.needs')} style={{ marginBottom: 8 }}>
              <Form.Item name={['dietary', 'halal']} valuePropName="checked" noStyle>
                <Checkbox>{t('rsvp.dietary.halal')}</Checkbox>
              </Form.Item>
              <Form.Item name={['dietary', 'vegetarian']} valuePropName="checked" noStyle>
                <Checkbox>{t('rsvp.dietary.vegetarian')}</Checkbox>
              </Form.Item>
            </Form.Item>
            <Form.Item label={t('rsvp.dietary.allergies')} name={['dietary', 'allergies']}>
              <Input maxLength={200} placeholder={t('rsvp.dietary.allergiesPlaceholder')} />
            </Form.Item>
            <Form.Item label={t('rsvp.dietary.other')} name={['dietary', 'other']} style={{ marginBottom: 0 }}>
              <Input maxLength={200} />
            </Form.Item>
          </Card>
        </>
      )}

      {view.paid && comes(attendance) && (
        <Card size="small" className="hw-rsvp-card" title={t('rsvp.section.payment')}>
          <Form.Item label={t('rsvp.payment.status')} name={['payment', 'status']}>
            <Select allowClear placeholder={t('rsvp.payment.statusPlaceholder')} options={PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`rsvp.payment.statuses.${s}`) }))} />
          </Form.Item>
          <Form.Item label={t('rsvp.payment.invoiceTitle')} name={['payment', 'invoiceTitle']}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('rsvp.payment.taxId')} name={['payment', 'taxId']} style={{ marginBottom: 0 }}>
            <Input maxLength={30} />
          </Form.Item>
        </Card>
      )}

      {comes(attendance) && (
        <Card size="small" className="hw-rsvp-card" title={t('rsvp.section.companions')} extra={<span className="hw-muted">{t('rsvp.companions.limit', { max: MAX_COMPANIONS })}</span>}>
          <Form.List name="companions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <div key={f.key} className="hw-rsvp-companion">
                    <div className="hw-rsvp-companion-head">
                      <span>{t('rsvp.companions.nth', { n: i + 1 })}</span>
                      <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)}>{t('rsvp.companions.remove')}</Button>
                    </div>
                    <Row gutter={8}>
                      <Col xs={24} sm={8}>
                        <Form.Item label={t('rsvp.companions.name')} name={[f.name, 'name']} required>
                          <Input maxLength={50} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={9}>
                        <Form.Item label={t('rsvp.companions.phone')} name={[f.name, 'phone']}>
                          <Input inputMode="tel" maxLength={30} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={7}>
                        <Form.Item label={t('rsvp.companions.relation')} name={[f.name, 'relation']}>
                          <Input maxLength={20} placeholder={t('rsvp.companions.relationPlaceholder')} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </div>
                ))}
                <Button block type="dashed" icon={<PlusOutlined />} disabled={fields.length >= MAX_COMPANIONS} onClick={() => add({})}>
                  {t('rsvp.companions.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
      )}

      <Card size="small" className="hw-rsvp-card" title={t('rsvp.section.note')}>
        <Form.Item name="note" style={{ marginBottom: 0 }}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('rsvp.notePlaceholder')} aria-label={t('rsvp.section.note')} />
        </Form.Item>
      </Card>

      <div className="hw-rsvp-submit">
        {problems.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problems.join('；')} data-testid="rsvp-problems" />}
        <Button type="primary" htmlType="submit" block size="large" loading={submit.isPending}>
          {t('rsvp.submit')}
        </Button>
        {onCancel && (
          <Button type="link" block onClick={onCancel} style={{ marginTop: 8 }}>{t('rsvp.cancelEdit')}</Button>
        )}
      </div>
    </Form>
  );
}
