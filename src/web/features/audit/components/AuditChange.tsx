/** The expanded audit row: the record before and after the change, side by side. */
import { Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api';

function Json({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined) return <Typography.Text type="secondary">{t('audit.none')}</Typography.Text>;
  return <pre className="hw-json">{JSON.stringify(value, null, 2)}</pre>;
}

/** Top-level keys whose values differ between two snapshots (both must be objects). */
export function changedKeys(before: unknown, after: unknown): string[] {
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObj(before) || !isObj(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => k !== 'version' && k !== 'updatedAt' && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** Before and after as formatted JSON, with the changed fields on top and the request reference below. */
export function AuditChange({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changed = changedKeys(entry.before, entry.after);
  return (
    <div>
      {changed.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('audit.changed')}: </Typography.Text>
          {changed.map((k) => <Tag key={k} color="orange">{k}</Tag>)}
        </div>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <Json value={entry.before} />
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <Json value={entry.after} />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('audit.entity')}: {entry.entityId}
        {entry.requestId ? ` · ${t('audit.request')}: ${entry.requestId}` : ''}
        {entry.ip ? ` · IP: ${entry.ip}` : ''}
      </Typography.Text>
    </div>
  );
}
