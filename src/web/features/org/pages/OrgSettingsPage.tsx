/** Organisation settings (`/admin/org`): name, time zone, the meeting policy the warnings are checked against, and the logo for print pages. */
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Spin, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { updateOrgSchema } from '../../../../shared/directory';
import type { OrgPolicy } from '../../../../shared/policy';
import { BookingPolicyCard } from '../components/BookingPolicyCard';
import { LogoCard } from '../components/LogoCard';
import { NoticePolicyCard } from '../components/NoticePolicyCard';
import { allTimeZones } from '../../../app/datetime';
import { applyFieldErrors, clearEditedErrors, useFormErrorHandler, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useOrg, useUpdateOrg, type OrgInput } from '../api';

type OrgValues = {
  name?: string;
  shortName?: string | null;
  timeZone?: string;
  policy?: Partial<Record<keyof OrgPolicy, unknown>> & { multiDepartmentStartTimes?: string[]; largeMeetingMinSize?: number | null; largeMeetingLeadMonths?: number | null };
};

/** The settings page. */
export function OrgSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: org, isPending } = useOrg();
  const save = useUpdateOrg();
  const [form] = Form.useForm<OrgValues>();
  const onError = useFormErrorHandler(form);
  const zones = useMemo(() => {
    const list = allTimeZones();
    return (org && !list.includes(org.timeZone) ? [org.timeZone, ...list] : list).map((z) => ({ value: z, label: z }));
  }, [org]);

  // Fill the form once; a background refetch must not overwrite what the admin is typing.
  const filled = useRef(false);
  useEffect(() => {
    if (org && !filled.current) {
      filled.current = true;
      form.setFieldsValue(org);
    }
  }, [org, form]);

  if (isPending) return <Spin />;

  const onFinish = (v: OrgValues) => {
    const input: OrgInput = {
      name: (v.name ?? '').trim(),
      shortName: v.shortName?.trim() || null,
      timeZone: v.timeZone,
      policy: {
        ...(Object.fromEntries(Object.entries(v.policy ?? {}).filter(([, x]) => x !== null && x !== undefined && x !== '')) as Partial<OrgPolicy>),
        multiDepartmentStartTimes: [...new Set((v.policy?.multiDepartmentStartTimes ?? []).map((s) => s.trim()))].sort(),
        largeMeetingMinSize: v.policy?.largeMeetingMinSize ?? undefined,
        largeMeetingLeadMonths: v.policy?.largeMeetingLeadMonths ?? undefined,
      },
    };
    const errors = validateWith(updateOrgSchema, input, currentLang(), 'org');
    if (errors.length) return void applyFieldErrors(form, errors);
    save.mutate(input, {
      onSuccess: (saved) => {
        form.setFieldsValue(saved);
        void message.success(t('common.saved'));
      },
      onError,
    });
  };

  return (
    <div style={{ maxWidth: 820 }}>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('orgSettings.pageTitle')}</Typography.Title>
      </div>
      <Form<OrgValues>
        name="org"
        form={form}
        onValuesChange={(changed) => clearEditedErrors(form, changed)}
        layout="vertical"
        onFinish={onFinish}
      >
        <Card title={t('orgSettings.basics')} size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={14}>
              <Form.Item label={t('orgSettings.name')} name="name" required>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label={t('orgSettings.shortName')} name="shortName">
                <Input maxLength={50} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('orgSettings.timeZone')} name="timeZone" required extra={t('orgSettings.timeZoneHint')}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={zones} />
          </Form.Item>
        </Card>
        <Card title={t('orgSettings.policy')} size="small" style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('orgSettings.policyHint')}</Typography.Paragraph>
          <Form.Item label={t('orgSettings.startTimes')} name={['policy', 'multiDepartmentStartTimes']} required extra={t('orgSettings.startTimesHint')}>
            <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} suffixIcon={null} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('orgSettings.largeSize')} name={['policy', 'largeMeetingMinSize']} extra={t('orgSettings.largeSizeHint')}>
                <InputNumber min={2} max={100000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('orgSettings.leadMonths')} name={['policy', 'largeMeetingLeadMonths']} extra={t('orgSettings.leadMonthsHint')}>
                <InputNumber min={0} max={24} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <BookingPolicyCard />
        <NoticePolicyCard />
        <Button type="primary" htmlType="submit" size="large" loading={save.isPending}>{t('common.save')}</Button>
      </Form>
      {org && <div style={{ marginTop: 24 }}><LogoCard org={org} /></div>}
    </div>
  );
}
