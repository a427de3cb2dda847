/** Notices and the organisation's look: leader approval of notices, how long reply links live, and the colours of slides and printed pages. */
import { Card, Col, ColorPicker, Form, InputNumber, Row, Switch } from 'antd';
import type { Color } from 'antd/es/color-picker';
import { useTranslation } from 'react-i18next';
import { MATERIAL_HARD_CAP_MB } from '../../../../shared/policy';

const hex = (c: Color | string) => (typeof c === 'string' ? c : c.toHexString());

/** The card in the organisation settings form (fields under `policy`). */
export function NoticePolicyCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('orgSettings.noticeTitle')} size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('orgSettings.noticeApproval')} name={['policy', 'noticeRequiresApproval']} valuePropName="checked" extra={t('orgSettings.noticeApprovalHint')}>
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('orgSettings.rsvpLinkDays')} name={['policy', 'rsvpLinkDaysAfter']} extra={t('orgSettings.rsvpLinkDaysHint')}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('materials.policy.maxMb')} name={['policy', 'materialMaxMb']} extra={t('materials.policy.maxMbHint', { max: MATERIAL_HARD_CAP_MB })}>
            <InputNumber min={1} max={MATERIAL_HARD_CAP_MB} precision={0} suffix="MB" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t('orgSettings.brandPrimary')} name={['policy', 'brandPrimary']} getValueFromEvent={hex}>
            <ColorPicker showText disabledAlpha format="hex" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t('orgSettings.brandAccent')} name={['policy', 'brandAccent']} getValueFromEvent={hex}>
            <ColorPicker showText disabledAlpha format="hex" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
