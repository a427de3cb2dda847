/** The plan fields of the meeting form, grouped as a secretariat fills them in: what, when and where, who. */
import { Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, type FormInstance, type GetRef } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, MEETING_SCOPES, type Meeting } from '../../../../shared/meetings';
import { timeZoneOptions } from '../../../app/datetime';
import { useDepartmentOptions } from '../../org/api';
import { PersonSelect } from '../../people/components/PersonSelect';
import type { MeetingFormValues } from '../form-values';

const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/** Props: the form, the meeting being edited (if any), the organisation's zone and an optional repeat block. */
export type MeetingFormFieldsProps = {
  form: FormInstance<MeetingFormValues>;
  meeting?: Meeting;
  orgZone: string;
  repeat?: ReactNode;
  /** Shown at the end of the time card (the find-a-time panel). */
  findTime?: ReactNode;
};

/** The fields in three cards. */
export function MeetingFormFields({ form, meeting, orgZone, repeat, findTime }: MeetingFormFieldsProps) {
  const { t } = useTranslation();
  const departmentId = Form.useWatch('departmentId', form);
  const participating = Form.useWatch('participatingDepartmentIds', form);
  const { options: departments } = useDepartmentOptions([departmentId, ...(participating ?? [])]);
  const zones = timeZoneOptions([meeting?.timeZone, orgZone]);
  const label = (f: string) => t(`meeting.field.${f}`);

  // A picked start with no end (or an end before it) gets a one-hour meeting, which the organiser then adjusts;
  // not while the end field has the focus, so an end being typed is never overwritten.
  const endRef = useRef<GetRef<typeof DatePicker>>(null);
  const onStartChange = (start: Dayjs | null) => {
    const end = form.getFieldValue('endAt') as Dayjs | null | undefined;
    const typingEnd = endRef.current?.nativeElement.contains(document.activeElement) ?? false;
    if (start && !typingEnd && (!end || !end.isAfter(start))) form.setFieldValue('endAt', start.add(1, 'hour'));
  };

  return (
    <>
      <Card title={t('meeting.form.sectionBasics')} size="small" style={{ marginBottom: 16 }}>
        <Form.Item label={label('title')} name="title" required>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item label={label('theme')} name="theme">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={label('purpose')} name="purpose">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={label('kind')} name="kind" required>
              <Select options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={label('scope')} name="scope" required>
              <Radio.Group optionType="button" options={MEETING_SCOPES.map((s) => ({ value: s, label: t(`meeting.scope.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={label('expectedSize')} name="expectedSize">
              <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('meeting.form.sectionTime')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={label('startAt')} name="startAt" required>
              <DatePicker showTime={{ format: 'HH:mm' }} needConfirm={false} format={PICKER_FORMAT} placeholder={PICKER_FORMAT} style={{ width: '100%' }} onChange={onStartChange} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={label('endAt')} name="endAt" required>
              <DatePicker showTime={{ format: 'HH:mm' }} needConfirm={false} format={PICKER_FORMAT} placeholder={PICKER_FORMAT} style={{ width: '100%' }} ref={endRef} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={label('timeZone')} name="timeZone" required extra={t('meeting.form.timeZoneHint')}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={zones} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={label('place')} name="place">
          <Input maxLength={200} />
        </Form.Item>
        {repeat}
        {findTime}
      </Card>

      <Card title={t('meeting.form.sectionPeople')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={label('hostPersonId')} name="hostPersonId">
              <PersonSelect initialLabel={meeting?.hostName} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={label('departmentId')} name="departmentId">
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={departments} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={label('participatingDepartmentIds')} name="participatingDepartmentIds">
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={departments} />
        </Form.Item>
        <Form.Item label={label('notes')} name="notes">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
      </Card>
    </>
  );
}
