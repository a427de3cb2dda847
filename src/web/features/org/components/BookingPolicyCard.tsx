/** Working hours and the default booking rules of internal rooms (organisation policy; venues may override each). */
import { Card, Checkbox, Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { reasonMessage } from '../../../../shared/errors';
import { currentLang } from '../../../app/i18n';

// The same wording as the server's, so a bad time reads alike before and after saving.
const clock = (name: string, label: string) => (
  <Form.Item label={label} name={['policy', name]} rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: reasonMessage(name, 'clock_time', currentLang()) }]}>
    <Input placeholder="HH:mm" maxLength={5} />
  </Form.Item>
);

/** The card in the organisation settings form (fields under `policy`). */
export function BookingPolicyCard() {
  const { t } = useTranslation();
  const minutes = (name: string, max: number) => (
    <Col xs={12} md={8} key={name}>
      <Form.Item label={t(`orgSettings.booking.${name}`)} name={['policy', name]}>
        <InputNumber min={0} max={max} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`orgSettings.weekday.${d}`) }));
  return (
    <Card title={t('orgSettings.bookingTitle')} size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={12} md={6}>{clock('workdayStart', t('orgSettings.booking.workdayStart'))}</Col>
        <Col xs={12} md={6}>{clock('workdayEnd', t('orgSettings.booking.workdayEnd'))}</Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('orgSettings.booking.workdays')} name={['policy', 'workdays']}>
            <Checkbox.Group options={weekdays} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>{clock('bookingStart', t('orgSettings.booking.bookingStart'))}</Col>
        <Col xs={12} md={6}>{clock('bookingEnd', t('orgSettings.booking.bookingEnd'))}</Col>
      </Row>
      <Row gutter={16}>
        {minutes('bookingMinMinutes', 1440)}
        {minutes('bookingMaxMinutes', 20160)}
        {minutes('bookingMaxAdvanceDays', 3650)}
        {minutes('bookingSetupMinutes', 1440)}
        {minutes('bookingCleanupMinutes', 1440)}
        {minutes('checkinBeforeMinutes', 240)}
        {minutes('checkinAfterMinutes', 240)}
        {minutes('waitlistHoldMinutes', 1440)}
      </Row>
    </Card>
  );
}
