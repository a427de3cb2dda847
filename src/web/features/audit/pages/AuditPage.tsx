/** Audit log (`/admin/audit`): newest first, filterable by entity, action and dates; rows expand to before/after. */
import { Col, DatePicker, Form, Row, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../../app/auth';
import { dayStartMs, formatInstant, fromDateParam, toDateParam } from '../../../app/datetime';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, useAuditLog, type AuditEntry } from '../api';
import { AuditChange } from '../components/AuditChange';

const PAGE_SIZE = 50;

/** The audit page; filters live in the URL so a link can open the history of one record. */
export function AuditPage() {
  const { t } = useTranslation();
  const zone = useMe().org.timeZone;
  const [sp, setSp] = useSearchParams();
  const from = fromDateParam(sp.get('from'));
  const to = fromDateParam(sp.get('to'));
  const page = Math.max(1, Number(sp.get('page')) || 1);

  const filter = useMemo(
    () => ({
      entityType: sp.get('entityType') ?? undefined,
      entityId: sp.get('entityId') ?? undefined,
      action: sp.get('action') ?? undefined,
      from: from ? dayStartMs(from, zone) : undefined,
      to: to ? dayStartMs(to.add(1, 'day'), zone) : undefined,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
    [sp, from, to, page, zone],
  );
  const { data, isFetching } = useAuditLog(filter);

  const set = (patch: Record<string, string | undefined>) =>
    setSp((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      if (!('page' in patch)) next.delete('page');
      return next;
    });

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.at'), width: 150, render: (_, e) => formatInstant(e.at, zone) },
    { key: 'actor', title: t('audit.actor'), width: 120, render: (_, e) => e.actorName ?? t('audit.system') },
    { key: 'action', title: t('audit.action'), render: (_, e) => <span title={e.action}>{t(`audit.actions.${e.action}`, e.action)}</span> },
    { key: 'entityType', title: t('audit.entityType'), width: 110, render: (_, e) => <Tag>{t(`audit.entityTypes.${e.entityType}`, e.entityType)}</Tag> },
    { key: 'entityId', title: t('audit.entity'), ellipsis: true, render: (_, e) => <Typography.Text copyable={{ text: e.entityId }} style={{ fontSize: 12 }}>{e.entityId}</Typography.Text> },
  ];

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('audit.pageTitle')}</Typography.Title>
      </div>
      <Form layout="vertical" component="div">
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item label={t('audit.entityType')} htmlFor="audit-entity" style={{ marginBottom: 12 }}>
              <Select id="audit-entity" allowClear placeholder={t('common.all')} value={filter.entityType}
                options={AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: t(`audit.entityTypes.${e}`) }))}
                onChange={(v?: string) => set({ entityType: v, entityId: undefined })} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('audit.action')} htmlFor="audit-action" style={{ marginBottom: 12 }}>
              <Select id="audit-action" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('common.all')} value={filter.action}
                options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`, a) }))}
                onChange={(v?: string) => set({ action: v })} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item label={t('audit.dateRange')} htmlFor="audit-range" style={{ marginBottom: 12 }}>
              <DatePicker.RangePicker id={{ start: 'audit-range' }} style={{ width: '100%' }} allowEmpty={[true, true]} value={[from ?? null, to ?? null]}
                onChange={(v) => set({ from: v?.[0] ? toDateParam(v[0] as Dayjs) : undefined, to: v?.[1] ? toDateParam(v[1] as Dayjs) : undefined })} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {filter.entityId && (
        <Tag closable onClose={() => set({ entityId: undefined })} style={{ marginBottom: 12 }}>
          {t('audit.entity')}: {filter.entityId}
        </Tag>
      )}
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 820 }}
        expandable={{ expandedRowRender: (e) => <AuditChange entry={e} /> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t('common.total', { count: n }),
          onChange: (p) => set({ page: String(p) }),
        }}
      />
    </>
  );
}
