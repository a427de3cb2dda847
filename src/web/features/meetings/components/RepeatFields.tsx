/** Create-only: repeat weekly on chosen days or monthly on the same day, until a date or for a number of times. */
import { Checkbox, Col, DatePicker, Form, InputNumber, Radio, Row, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MAX_OCCURRENCES } from '../../../../shared/recurrence';
import type { MeetingFormValues } from '../form-values';
import { currentLang } from '../../../app/i18n';
import { buildRrule, describeRrule, WEEKDAYS, weekdayOf, type RepeatKind } from '../rrule';

/** The repeat block inside the time card. */
export function RepeatFields({ form }: { form: FormInstance<MeetingFormValues> }) {
  const { t } = useTranslation();
  const repeat = Form.useWatch('repeat', form) as RepeatKind | undefined;
  const endMode = Form.useWatch('endMode', form);
  const start = Form.useWatch('startAt', form) as Dayjs | null | undefined;
  const weekdays = Form.useWatch('weekdays', form);
  const until = Form.useWatch('until', form);
  const count = Form.useWatch('count', form);
  const rule = repeat && repeat !== 'none' ? buildRrule({ repeat, weekdays, endMode, until, count }, start ?? undefined) : undefined;

  const onRepeatChange = (next: RepeatKind) => {
    // Weekly starts with the start date's weekday ticked, as a calendar would.
    if (next === 'weekly' && !(form.getFieldValue('weekdays') as string[] | undefined)?.length && start) {
      form.setFieldValue('weekdays', [weekdayOf(start)]);
    }
  };

  return (
    <>
      <Form.Item label={t('repeat.label')} name="repeat">
        <Radio.Group
          onChange={(e) => onRepeatChange(e.target.value as RepeatKind)}
          options={[
            { value: 'none', label: t('repeat.none') },
            { value: 'weekly', label: t('repeat.weeklyOption') },
            { value: 'monthly', label: t('repeat.monthlyOption') },
          ]}
        />
      </Form.Item>
      {repeat === 'weekly' && (
        <Form.Item label={t('repeat.weekdays')} name="weekdays">
          <Checkbox.Group options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} />
        </Form.Item>
      )}
      {repeat && repeat !== 'none' && (
        <Row gutter={16} align="bottom">
          <Col xs={24} md={8}>
            <Form.Item label={t('repeat.ends')} name="endMode">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'until', label: t('repeat.endUntil') },
                  { value: 'count', label: t('repeat.endCount') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            {endMode === 'count' ? (
              <Form.Item label={t('repeat.count')} name="count">
                <InputNumber min={1} max={MAX_OCCURRENCES} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            ) : (
              <Form.Item label={t('repeat.until')} name="until">
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            )}
          </Col>
        </Row>
      )}
      {rule && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('repeat.preview', { rule: describeRrule(rule, t, currentLang()) })}
        </Typography.Paragraph>
      )}
    </>
  );
}
