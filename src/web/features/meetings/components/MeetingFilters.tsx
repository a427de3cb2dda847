/** Filters above the meeting list: state, kind, department, date range and title search. */
import { CloseOutlined, RetweetOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, MEETING_STATUSES } from '../../../../shared/meetings';
import { useDebounced } from '../../../app/use-debounced';
import { useDepartmentOptions } from '../../org/api';
import type { ListParams, ListPatch } from '../list-params';

/** The filter bar; every change goes to the URL through `onChange`. */
export function MeetingFilters({ params, onChange }: { params: ListParams; onChange: (patch: ListPatch) => void }) {
  const { t } = useTranslation();
  const { options: departments } = useDepartmentOptions([params.departmentId]);
  const [q, setQ] = useState(params.q ?? '');
  const typed = useDebounced(q, 400);
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  // Search as the user types (after a pause); Enter searches at once.
  useEffect(() => {
    const next = typed.trim() || undefined;
    if (next !== params.q) onChange({ q: next });
    // Only a new pause in typing should search, not a change of the other filters.
  }, [typed]);

  return (
    <Form layout="vertical" component="div" style={{ marginBottom: 8 }}>
      <Row gutter={[12, 0]}>
        <Col xs={12} sm={12} md={6} lg={4}>
          <Form.Item label={t('meeting.field.status')} htmlFor="filter-status" style={{ marginBottom: 12 }}>
            <Select
              id="filter-status"
              allowClear
              placeholder={t('common.all')}
              value={params.status}
              onChange={(v?: string) => onChange({ status: v })}
              options={MEETING_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12} md={6} lg={4}>
          <Form.Item label={t('meeting.field.kind')} htmlFor="filter-kind" style={{ marginBottom: 12 }}>
            <Select
              id="filter-kind"
              allowClear
              placeholder={t('common.all')}
              value={params.kind}
              onChange={(v?: string) => onChange({ kind: v })}
              options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meeting.kind.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={12} lg={5}>
          <Form.Item label={t('meeting.field.department')} htmlFor="filter-department" style={{ marginBottom: 12 }}>
            <Select
              id="filter-department"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('common.all')}
              value={params.departmentId}
              onChange={(v?: string) => onChange({ departmentId: v })}
              options={departments}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} md={12} lg={6}>
          <Form.Item label={t('meeting.list.dateRange')} htmlFor="filter-range" style={{ marginBottom: 12 }}>
            <DatePicker.RangePicker
              id={{ start: 'filter-range' }}
              style={{ width: '100%' }}
              allowEmpty={[true, true]}
              value={[params.from, params.to ?? null]}
              placeholder={[t('meeting.list.anyStart'), t('meeting.list.anyEnd')]}
              onChange={(v) => onChange({ from: v?.[0] ?? null, to: v?.[1] ?? null })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={24} md={12} lg={5}>
          <Form.Item label={t('meeting.list.search')} htmlFor="filter-q" style={{ marginBottom: 12 }}>
            <Input.Search
              id="filter-q"
              allowClear
              placeholder={t('meeting.list.searchPlaceholder')}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              onSearch={(v) => onChange({ q: v.trim() || undefined })}
            />
          </Form.Item>
        </Col>
      </Row>
      {params.seriesId && (
        <Tag color="processing" icon={<RetweetOutlined />} style={{ marginBottom: 12 }}>
          {t('meeting.list.seriesOnly')}
          <Button
            type="link"
            size="small"
            icon={<CloseOutlined />}
            aria-label={t('meeting.list.clearSeries')}
            onClick={() => onChange({ seriesId: undefined })}
          />
        </Tag>
      )}
    </Form>
  );
}
