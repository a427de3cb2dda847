/** What a venue is: name, kind, where, capacity per layout, equipment, cost (in yuan) and contact. */
import { Col, Form, Input, InputNumber, Radio, Row, Select, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { LAYOUTS, VENUE_KINDS } from '../../../../shared/venues';
import type { VenueFormValues } from '../form-values';
import { equipmentOptions } from '../labels';

/** The first sections of the venue form. */
export function VenueBasicsFields({ form }: { form: FormInstance<VenueFormValues> }) {
  const { t } = useTranslation();
  const equipment = (Form.useWatch('equipment', form) as string[] | undefined) ?? [];
  const kind = Form.useWatch('kind', form);
  const label = (f: string) => t(`venues.field.${f}`);

  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={16}>
          <Form.Item label={label('name')} name="name" required>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label={label('kind')} name="kind" required>
            <Radio.Group optionType="button" options={VENUE_KINDS.map((k) => ({ value: k, label: t(`venues.kind.${k}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12} sm={8}>
          <Form.Item label={label('building')} name="building">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item label={label('floor')} name="floor">
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label={label('address')} name="address" extra={kind === 'external' ? t('venues.addressHint') : undefined}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>

      <Typography.Text strong>{label('capacities')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px' }}>{t('venues.capacitiesHint')}</Typography.Paragraph>
      <Row gutter={12}>
        {LAYOUTS.map((l) => (
          <Col key={l} xs={12} sm={8} md={8}>
            <Form.Item label={t(`venues.layout.${l}`)} name={['capacities', l]}>
              <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} suffix={t('venues.people')} />
            </Form.Item>
          </Col>
        ))}
      </Row>

      <Form.Item label={label('equipment')} name="equipment" extra={t('venues.equipmentHint')}>
        <Select mode="tags" options={equipmentOptions(t, equipment)} tokenSeparators={[',', '，']} maxTagTextLength={20} />
      </Form.Item>

      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item label={label('costHalfDay')} name="costHalfDayFen">
            <InputNumber min={0} max={1e9} precision={2} step={100} style={{ width: '100%' }} suffix={t('venues.yuanUnit')} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item label={label('costDay')} name="costDayFen">
            <InputNumber min={0} max={1e9} precision={2} step={100} style={{ width: '100%' }} suffix={t('venues.yuanUnit')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12}>
          <Form.Item label={label('contactName')} name="contactName">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item label={label('contactPhone')} name="contactPhone">
            <Input inputMode="tel" maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={label('notes')} name="notes">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </>
  );
}
