/** The booking rules of a venue: each one the organisation's default, a value of its own, or (where allowed) no limit. */
import { Flex, Form, InputNumber, Radio, Switch, TimePicker, Typography, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveRules, type EffectiveRules } from '../../../../shared/venues';
import { useMe } from '../../../app/auth';
import { NULLABLE_RULES, type RuleKey, type RuleMode, type VenueFormValues } from '../form-values';

type NumberRule = Exclude<RuleKey, 'bookable'>;

const UNITS: Record<NumberRule, 'minutes' | 'days'> = {
  minMinutes: 'minutes',
  maxMinutes: 'minutes',
  maxAdvanceDays: 'days',
  setupMinutes: 'minutes',
  cleanupMinutes: 'minutes',
};

/** The rules block of the venue form; defaults follow the venue's kind (external venues have fewer limits). */
export function VenueRulesFields({ form }: { form: FormInstance<VenueFormValues> }) {
  const { t } = useTranslation();
  const me = useMe();
  const kind = Form.useWatch('kind', form) ?? 'internal';
  const modes = Form.useWatch('ruleModes', form) as VenueFormValues['ruleModes'] | undefined;
  const defaults: EffectiveRules = effectiveRules(kind, {}, me.org.policy);

  const defaultText = (key: RuleKey): string => {
    if (key === 'bookable') return defaults.bookableStart && defaults.bookableEnd ? `${defaults.bookableStart}–${defaults.bookableEnd}` : t('venues.rules.noLimit');
    const v = defaults[key];
    if (v === null) return t('venues.rules.noLimit');
    return UNITS[key] === 'days' ? t('venues.rules.days', { count: v }) : t('venues.rules.minutes', { count: v });
  };

  const modeRadio = (key: RuleKey) => (
    <Form.Item name={['ruleModes', key]} noStyle>
      <Radio.Group
        size="small"
        optionType="button"
        options={[
          { value: 'default', label: t('venues.rules.useDefault', { value: defaultText(key) }) },
          { value: 'value', label: t('venues.rules.own') },
          ...(NULLABLE_RULES.includes(key) ? [{ value: 'none', label: t('venues.rules.noLimit') }] : []),
        ]}
      />
    </Form.Item>
  );

  const row = (key: RuleKey, input: ReactNode) => {
    const mode: RuleMode = modes?.[key] ?? 'default';
    return (
      <Form.Item key={key} label={t(`venues.rules.${key}`)} style={{ marginBottom: 12 }}>
        <Flex wrap gap={8} align="center">
          {modeRadio(key)}
          {mode === 'value' && input}
        </Flex>
      </Form.Item>
    );
  };

  const numberInput = (key: NumberRule) => (
    <Form.Item name={['rules', key]} noStyle>
      {/* No min/max clamp: an out-of-range number gets the schema's message instead of being changed silently. */}
      <InputNumber
        precision={0}
        style={{ width: 150 }}
        suffix={UNITS[key] === 'days' ? t('venues.rules.dayUnit') : t('venues.rules.minuteUnit')}
        aria-label={t(`venues.rules.${key}`)}
      />
    </Form.Item>
  );

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>{t('venues.rules.hint')}</Typography.Paragraph>
      {row(
        'bookable',
        <Flex gap={6} align="center">
          <Form.Item name={['rules', 'bookableStart']} noStyle>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} aria-label={t('venues.rules.bookableStart')} style={{ width: 100 }} />
          </Form.Item>
          <span>–</span>
          <Form.Item name={['rules', 'bookableEnd']} noStyle>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} aria-label={t('venues.rules.bookableEnd')} style={{ width: 100 }} />
          </Form.Item>
        </Flex>,
      )}
      {(['minMinutes', 'maxMinutes', 'maxAdvanceDays', 'setupMinutes', 'cleanupMinutes'] as const).map((k) => row(k, numberInput(k)))}
      <Flex wrap gap={24}>
        <Form.Item label={t('venues.field.requiresApproval')} name="requiresApproval" valuePropName="checked" extra={t('venues.requiresApprovalHint')}>
          <Switch />
        </Form.Item>
        <Form.Item label={t('venues.field.checkinRequired')} name="checkinRequired" valuePropName="checked" extra={t('venues.checkinRequiredHint')}>
          <Switch />
        </Form.Item>
      </Flex>
    </>
  );
}

