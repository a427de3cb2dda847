/** The venue registry (`/venues`): filters, the table, the create/edit drawer and the door QR code. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VENUE_KINDS, type Venue } from '../../../../shared/venues';
import { useCan } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { useVenues } from '../api';
import { DoorQrModal } from '../components/DoorQrModal';
import { VenueFormDrawer } from '../components/VenueFormDrawer';
import { VenueImportExport } from '../components/VenueImportExport';
import { VenueTable } from '../components/VenueTable';
import { equipmentOptions, maxCapacity, venuePlace } from '../labels';

type Filters = { q: string; kind?: string; active?: 'active' | 'inactive'; minCapacity?: number | null; equipment: string[] };

/** Venues matching the filters (the registry is small, so it is filtered here). */
function applyFilters(venues: readonly Venue[], f: Filters): Venue[] {
  const q = f.q.trim().toLowerCase();
  return venues.filter(
    (v) =>
      (!q || `${v.name} ${venuePlace(v)}`.toLowerCase().includes(q)) &&
      (!f.kind || v.kind === f.kind) &&
      (!f.active || v.isActive === (f.active === 'active')) &&
      (!f.minCapacity || maxCapacity(v) >= f.minCapacity) &&
      f.equipment.every((e) => v.equipment.includes(e)),
  );
}

/** The venues page. */
export function VenuesPage() {
  const { t } = useTranslation();
  const canManage = useCan('venue.manage');
  const venues = useVenues();
  const [filters, setFilters] = useState<Filters>({ q: '', equipment: [], active: 'active' });
  const [editing, setEditing] = useState<{ venue?: Venue } | null>(null);
  const [qr, setQr] = useState<Venue>();
  const rows = useMemo(() => applyFilters(venues.data ?? [], filters), [venues.data, filters]);
  const usedEquipment = useMemo(() => [...new Set((venues.data ?? []).flatMap((v) => v.equipment))], [venues.data]);
  const patch = (p: Partial<Filters>) => setFilters((f) => ({ ...f, ...p }));

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('venues.pageTitle')}</Typography.Title>
        <Space wrap>
          <VenueImportExport canManage={canManage} />
          {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>{t('venues.add')}</Button>}
        </Space>
      </div>
      <Form layout="vertical" component="div" style={{ marginBottom: 4 }}>
        <Row gutter={[12, 0]}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('common.search')} htmlFor="venue-q" style={{ marginBottom: 12 }}>
              <Input.Search id="venue-q" allowClear placeholder={t('venues.searchPlaceholder')} value={filters.q} onChange={(e) => patch({ q: e.target.value })} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <Form.Item label={t('venues.field.kind')} htmlFor="venue-kind" style={{ marginBottom: 12 }}>
              <Select id="venue-kind" allowClear placeholder={t('common.all')} value={filters.kind} onChange={(kind?: string) => patch({ kind })}
                options={VENUE_KINDS.map((k) => ({ value: k, label: t(`venues.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <Form.Item label={t('common.status')} htmlFor="venue-active" style={{ marginBottom: 12 }}>
              <Select id="venue-active" allowClear placeholder={t('common.all')} value={filters.active} onChange={(active?: Filters['active']) => patch({ active })}
                options={[{ value: 'active', label: t('common.active') }, { value: 'inactive', label: t('common.inactive') }]} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item label={t('venues.minCapacity')} htmlFor="venue-cap" style={{ marginBottom: 12 }}>
              <InputNumber id="venue-cap" min={1} precision={0} style={{ width: '100%' }} value={filters.minCapacity} onChange={(minCapacity) => patch({ minCapacity })} suffix={t('venues.people')} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={16} lg={6}>
            <Form.Item label={t('venues.field.equipment')} htmlFor="venue-eq" style={{ marginBottom: 12 }}>
              <Select id="venue-eq" mode="multiple" allowClear maxTagCount="responsive" placeholder={t('common.all')} value={filters.equipment}
                onChange={(equipment: string[]) => patch({ equipment })} options={equipmentOptions(t, usedEquipment)} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {venues.error && <Alert type="error" showIcon title={errorMessage(venues.error)} style={{ marginBottom: 12 }} />}
      <Card size="small" data-testid="venue-table">
        <VenueTable venues={rows} loading={venues.isFetching} onOpen={(venue) => setEditing({ venue })} onQr={canManage ? setQr : undefined} />
      </Card>
      <VenueFormDrawer open={editing !== null} venue={editing?.venue} canManage={canManage} onClose={() => setEditing(null)} />
      <DoorQrModal venue={qr} onClose={() => setQr(undefined)} />
    </>
  );
}
