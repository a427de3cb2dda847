/** 现场事件 tab: the on-site incident log — report (anyone), assign, handle and resolve (staff); high severity stands out and alerts the on-duty staff. */
import { AlertOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES, INCIDENT_STATUSES } from '../../../shared/incidents';
import { isApiError } from '../../app/api-client';
import { formatInstant } from '../../app/datetime';
import { applyFieldErrors, errorMessage } from '../../app/form-errors';
import { useTaskOwnerOptions } from '../tasks/api';
import { useIncidents, useReportIncident, useUpdateIncident, type Incident, type IncidentInput } from './api';

const SEVERITY_COLOR = { low: 'default', medium: 'orange', high: 'red' } as const;
// Urgent first within each state; the list arrives newest first, and the sort keeps that order among equals.
const RANK = { low: 0, medium: 1, high: 2 } as const;
const STATUS_COLOR = { open: 'error', handling: 'processing', resolved: 'success' } as const;

/** The tab; `canHandle` = the caller may assign and resolve (incident.manage). */
export function IncidentsTab({ meetingId, timeZone, canHandle }: { meetingId: string; timeZone: string; canHandle: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useIncidents(meetingId);
  const report = useReportIncident(meetingId);
  const update = useUpdateIncident(meetingId);
  const owners = useTaskOwnerOptions(canHandle);
  const [reporting, setReporting] = useState(false);
  const [resolving, setResolving] = useState<Incident | null>(null);
  const [form] = Form.useForm<IncidentInput>();
  const [resolveForm] = Form.useForm<{ resolution: string }>();

  const onError = (f: typeof form | typeof resolveForm) => (err: unknown) => {
    const left = isApiError(err) ? applyFieldErrors(f, err.fields) : [];
    if (!isApiError(err) || err.fields.length === 0) void message.error(errorMessage(err));
    else if (left.length) void message.error(left.join('；'));
  };
  const change = (x: Incident, input: Omit<Parameters<typeof update.mutate>[0]['input'], 'version'>) =>
    update.mutate({ id: x.id, input: { version: x.version, ...input } }, { onError: (e) => void message.error(errorMessage(e)) });

  const items = list.data ?? [];
  const openHigh = items.filter((x) => x.severity === 'high' && x.status !== 'resolved').length;
  const card = (x: Incident) => (
    <div key={x.id} data-testid="incident" data-severity={x.severity}>
    <Card size="small" style={x.severity === 'high' && x.status !== 'resolved' ? { borderColor: '#ff4d4f' } : undefined}>
      <Flex justify="space-between" gap={8} wrap>
        <Space size={6} wrap>
          <Tag color={SEVERITY_COLOR[x.severity]}>{t(`incidents.severity.${x.severity}`)}</Tag>
          <Typography.Text strong>{t(`incidents.kind.${x.kind}`)}</Typography.Text>
          <span>{x.place}</span>
        </Space>
        <Tag color={STATUS_COLOR[x.status]} data-testid="incident-status">{t(`incidents.status.${x.status}`)}</Tag>
      </Flex>
      <Typography.Paragraph style={{ margin: '6px 0', whiteSpace: 'pre-wrap' }}>{x.description}</Typography.Paragraph>
      <div className="hw-muted" style={{ fontSize: 12 }}>
        {formatInstant(x.occurredAt, timeZone)}{x.reportedByName && ` · ${t('incidents.reportedBy', { name: x.reportedByName })}`}
        {x.handlerName && ` · ${t('incidents.handledBy', { name: x.handlerName })}`}
      </div>
      {x.resolution && <Typography.Text type="success" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>{t('incidents.resolution')}：{x.resolution}</Typography.Text>}
      {canHandle && x.status !== 'resolved' && (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Select size="small" style={{ minWidth: 140 }} value={x.handlerUserId ?? undefined} placeholder={t('incidents.assign')} aria-label={t('incidents.assign')}
            options={(owners.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))} onChange={(v) => change(x, { handlerUserId: v })} />
          {x.status === 'open' && <Button size="small" onClick={() => change(x, { status: 'handling' })}>{t('incidents.startHandling')}</Button>}
          <Button size="small" type="primary" onClick={() => { resolveForm.resetFields(); setResolving(x); }} data-testid="incident-resolve">{t('incidents.resolve')}</Button>
        </Flex>
      )}
    </Card>
    </div>
  );

  return (
    <Card size="small" title={<span><AlertOutlined style={{ marginInlineEnd: 6 }} />{t('incidents.title')}</span>} data-testid="incidents-tab"
      extra={<Button type="primary" danger icon={<PlusOutlined />} onClick={() => { form.resetFields(); setReporting(true); }} data-testid="incident-report">{t('incidents.report')}</Button>}>
      {openHigh > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('incidents.openHigh', { count: openHigh })} />}
      {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      {items.length === 0 && !list.isPending ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('incidents.empty')} /> : (
        <Flex vertical gap={8}>{INCIDENT_STATUSES.flatMap((s) => items.filter((x) => x.status === s).sort((a, b) => RANK[b.severity] - RANK[a.severity])).map(card)}</Flex>
      )}
      <Modal open={reporting} title={t('incidents.report')} okText={t('incidents.submit')} cancelText={t('tasks.cancel')} onCancel={() => setReporting(false)}
        onOk={() => form.submit()} confirmLoading={report.isPending} forceRender data-testid="incident-form">
        <Form<IncidentInput> form={form} layout="vertical" initialValues={{ kind: 'medical', severity: 'medium' }}
          onFinish={(v) => report.mutate({ ...v, place: v.place.trim(), description: v.description.trim() }, {
            onSuccess: () => { setReporting(false); void message.success(v.severity === 'high' ? t('incidents.alerted') : t('incidents.reported')); },
            onError: onError(form),
          })}>
          <Flex gap={12} wrap>
            <Form.Item name="kind" label={t('incidents.field.kind')} style={{ flex: '1 1 140px' }}>
              <Select options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidents.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="severity" label={t('incidents.field.severity')} style={{ flex: '1 1 140px' }} extra={t('incidents.highHint')}>
              <Select options={INCIDENT_SEVERITIES.map((k) => ({ value: k, label: t(`incidents.severity.${k}`) }))} />
            </Form.Item>
          </Flex>
          <Form.Item name="place" label={t('incidents.field.place')} rules={[{ required: true, whitespace: true, message: t('tasks.required') }, { max: 100 }]}><Input /></Form.Item>
          <Form.Item name="description" label={t('incidents.field.description')} rules={[{ required: true, whitespace: true, message: t('tasks.required') }, { max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal open={!!resolving} title={t('incidents.resolve')} okText={t('incidents.resolve')} cancelText={t('tasks.cancel')} onCancel={() => setResolving(null)}
        onOk={() => resolveForm.submit()} confirmLoading={update.isPending} forceRender>
        <Form form={resolveForm} layout="vertical" onFinish={(v) => resolving && update.mutate(
          { id: resolving.id, input: { version: resolving.version, status: 'resolved', resolution: v.resolution.trim() } },
          { onSuccess: () => setResolving(null), onError: onError(resolveForm) },
        )}>
          <Form.Item name="resolution" label={t('incidents.resolution')} rules={[{ required: true, whitespace: true, message: t('tasks.required') }, { max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
