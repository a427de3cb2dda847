/** 代填回执: the secretariat records the answer a participant gave on the phone (回访) — the same reply slip the personal link shows. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, DatePicker, Divider, Drawer, Flex, Form, Grid, Input, Radio, Row, Select, Space, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meetings';
import type { Participant } from '../../../../shared/participants';
import { LODGING_NEEDS, PAYMENT_STATUSES, REPLY_ATTENDANCE, replySchema, TRAVEL_MODES } from '../../../../shared/rsvp';
import { formatRange } from '../../../../shared/time';
import { isApiError } from '../../../app/api-client';
import { msToPicker } from '../../../app/datetime';
import { applyFieldErrors, clearEditedErrors, useShowError, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { attendanceLabel, lodgingLabel, travelModeLabel } from '../labels';
import { COMING, replyFieldMap, replyToValues, valuesToReply, type ReplyFormValues } from '../reply-values';
import { useAnswerOnBehalf, type ReplyBody } from '../rsvp-api';

/** Props: the participant to answer for (undefined closes the drawer) and their meeting. */
export type ReplyDrawerProps = { participant?: Participant; meeting: Meeting; onClose: () => void };

function TravelFields({ name, title, pickerStart }: { name: 'arrival' | 'departure'; title: string; pickerStart: Dayjs }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>{title}</Typography.Text>
      <Row gutter={[12, 0]}>
        <Col xs={12} md={6}>
          <Form.Item name={[name, 'date']} label={t('participantList.reply.date')}>
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" defaultPickerValue={pickerStart} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[name, 'time']} label={t('participantList.reply.time')}>
            <TimePicker style={{ width: '100%' }} format="HH:mm" minuteStep={5} needConfirm={false} />
          </Form.Item>
        </Col>
        <Col xs={8} md={4}>
          <Form.Item name={[name, 'mode']} label={t('participantList.reply.mode')}>
            <Select allowClear options={TRAVEL_MODES.map((m) => ({ value: m, label: travelModeLabel(m) }))} />
          </Form.Item>
        </Col>
        <Col xs={8} md={4}>
          <Form.Item name={[name, 'number']} label={t('participantList.reply.number')}>
            <Input maxLength={20} placeholder="G101" />
          </Form.Item>
        </Col>
        <Col xs={8} md={6}>
          <Form.Item name={[name, 'station']} label={t('participantList.reply.station')}>
            <Input maxLength={50} placeholder={t('participantList.reply.stationPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** The drawer with the reply form; server field errors land on their items. */
export function ReplyDrawer({ participant: p, meeting, onClose }: ReplyDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReplyFormValues>();
  const screens = Grid.useBreakpoint();
  const answer = useAnswerOnBehalf(meeting.id);
  const showError = useShowError();
  const paid = meeting.scope === 'external';
  const attendance = Form.useWatch('attendance', form);
  const need = Form.useWatch(['lodging', 'need'], form);
  const pickerStart = msToPicker(meeting.startAt, meeting.timeZone);
  const lang = currentLang();

  useEffect(() => {
    if (!p) return;
    form.resetFields();
    form.setFieldsValue(replyToValues(p.reply as Partial<ReplyBody> | null));
  }, [p, form]);

  const show = (errors: readonly { field: string; message: string; reason: string }[]) => {
    const leftover = applyFieldErrors(form, errors, replyFieldMap);
    const first = errors.map((e) => replyFieldMap(e.field)).find(Boolean);
    if (first) form.scrollToField(first, { block: 'center' });
    if (leftover.length) void message.error(leftover.join('；'));
  };

  const save = () => {
    if (!p) return;
    const body = valuesToReply(form.getFieldsValue(true) as ReplyFormValues, paid);
    const errors = validateWith(replySchema, body, lang, 'rsvp');
    if (errors.length) return show(errors);
    answer.mutate({ participantId: p.id, reply: body }, {
      onSuccess: () => {
        void message.success(t('participantList.reply.saved', { name: p.personName }));
        onClose();
      },
      onError: (err) => {
        if (isApiError(err) && err.fields.length) show(err.fields);
        showError(err);
      },
    });
  };

  return (
    <Drawer
      open={!!p}
      onClose={onClose}
      size={screens.md ? 760 : '100%'}
      title={p ? t('participantList.reply.title', { name: p.personName }) : ''}
      forceRender
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={answer.isPending} onClick={() => form.submit()} data-testid="reply-save">{t('common.save')}</Button>
        </Space>
      }
    >
      {p && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${meeting.title} · ${formatRange(meeting.startAt, meeting.endAt, meeting.timeZone, lang)}`}
          description={t('participantList.reply.onBehalfHint')}
        />
      )}
      <Form<ReplyFormValues> name="replyOnBehalf" form={form} layout="vertical" onFinish={save} onValuesChange={(c) => clearEditedErrors(form, c)}>
        <Form.Item name="attendance" label={t('participantList.reply.attendance')} required>
          <Radio.Group optionType="button" buttonStyle="solid" options={REPLY_ATTENDANCE.map((a) => ({ value: a, label: attendanceLabel(a) }))} />
        </Form.Item>

        {attendance === 'substitute' && (
          <Row gutter={[12, 0]}>
            <Col xs={24} md={8}>
              <Form.Item name={['substitute', 'name']} label={t('participantList.reply.substituteName')} required>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name={['substitute', 'title']} label={t('participantList.reply.substituteTitle')}>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name={['substitute', 'phone']} label={t('participantList.reply.substitutePhone')}>
                <Input maxLength={20} inputMode="tel" />
              </Form.Item>
            </Col>
          </Row>
        )}
        {attendance === 'leave' && (
          <Form.Item name="leaveReason" label={t('participantList.reply.leaveReason')} required>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
          </Form.Item>
        )}

        {attendance && COMING.includes(attendance) && (
          <>
            <Divider titlePlacement="start">{t('participantList.reply.travel')}</Divider>
            <TravelFields name="arrival" title={t('participantList.reply.arrival')} pickerStart={pickerStart} />
            <TravelFields name="departure" title={t('participantList.reply.departure')} pickerStart={pickerStart} />

            <Divider titlePlacement="start">{t('participantList.reply.lodging')}</Divider>
            <Row gutter={[12, 0]}>
              <Col xs={24} md={10}>
                <Form.Item name={['lodging', 'need']} label={t('participantList.reply.lodgingNeed')}>
                  <Radio.Group options={LODGING_NEEDS.map((n) => ({ value: n, label: lodgingLabel(n) }))} />
                </Form.Item>
              </Col>
              {need && need !== 'none' && (
                <Col xs={24} md={14}>
                  <Form.Item name={['lodging', 'nights']} label={t('participantList.reply.nights')} extra={t('participantList.reply.nightsHint')}>
                    <DatePicker multiple style={{ width: '100%' }} format="YYYY-MM-DD" defaultPickerValue={pickerStart} maxTagCount="responsive" />
                  </Form.Item>
                </Col>
              )}
              {need === 'shared' && (
                <Col xs={24} md={10}>
                  <Form.Item name={['lodging', 'shareWith']} label={t('participantList.reply.shareWith')}>
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
              )}
            </Row>

            <Divider titlePlacement="start">{t('participantList.reply.dietary')}</Divider>
            <Flex gap={16} wrap style={{ marginBottom: 8 }}>
              <Form.Item name={['dietary', 'halal']} valuePropName="checked" noStyle>
                <Checkbox>{t('participantList.reply.halal')}</Checkbox>
              </Form.Item>
              <Form.Item name={['dietary', 'vegetarian']} valuePropName="checked" noStyle>
                <Checkbox>{t('participantList.reply.vegetarian')}</Checkbox>
              </Form.Item>
            </Flex>
            <Row gutter={[12, 0]}>
              <Col xs={24} md={12}>
                <Form.Item name={['dietary', 'allergies']} label={t('participantList.reply.allergies')}>
                  <Input maxLength={200} placeholder={t('participantList.reply.allergiesPlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['dietary', 'other']} label={t('participantList.reply.dietaryOther')}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
            </Row>

            <Divider titlePlacement="start">{t('participantList.reply.companions')}</Divider>
            <Form.List name="companions">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8} align="flex-start" wrap>
                      <Form.Item name={[f.name, 'name']} label={t('participantList.reply.companionName')} style={{ flex: '1 1 120px' }}>
                        <Input maxLength={50} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'phone']} label={t('participantList.reply.companionPhone')} style={{ flex: '1 1 140px' }}>
                        <Input maxLength={20} inputMode="tel" />
                      </Form.Item>
                      <Form.Item name={[f.name, 'relation']} label={t('participantList.reply.companionRelation')} style={{ flex: '1 1 100px' }}>
                        <Input maxLength={20} />
                      </Form.Item>
                      <Form.Item label=" " colon={false}>
                        <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('participantList.reply.removeCompanion')} />
                      </Form.Item>
                    </Flex>
                  ))}
                  {fields.length < 5 && (
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', phone: '', relation: '' })} style={{ marginBottom: 16 }}>
                      {t('participantList.reply.addCompanion')}
                    </Button>
                  )}
                </>
              )}
            </Form.List>
          </>
        )}

        {paid && attendance && attendance !== 'declined' && (
          <>
            <Divider titlePlacement="start">{t('participantList.reply.payment')}</Divider>
            <Row gutter={[12, 0]}>
              <Col xs={24} md={8}>
                <Form.Item name={['payment', 'status']} label={t('participantList.reply.paymentStatus')}>
                  <Select allowClear options={PAYMENT_STATUSES.map((s) => ({ value: s, label: t(`participantList.payment.${s}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item name={['payment', 'invoiceTitle']} label={t('participantList.reply.invoiceTitle')}>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name={['payment', 'taxId']} label={t('participantList.reply.taxId')}>
                  <Input maxLength={30} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}

        <Form.Item name="note" label={t('participantList.reply.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
