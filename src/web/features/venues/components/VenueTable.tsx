/** The venue registry as a table (主要会议场所明细表): where, kind, capacity per layout, equipment, cost, approval, active. */
import { QrcodeOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Venue } from '../../../../shared/venues';
import { equipmentLabel, formatYuan, layoutLabel, venueLayouts, venuePlace } from '../labels';

/** Props: the rows, what to do on a name click and on the QR button (QR only for managers). */
export type VenueTableProps = { venues: Venue[]; loading: boolean; onOpen: (v: Venue) => void; onQr?: (v: Venue) => void };

/** An antd Table of venues; filtering happens above it. */
export function VenueTable({ venues, loading, onOpen, onQr }: VenueTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Venue> = [
    {
      key: 'name',
      title: t('venues.field.name'),
      fixed: 'left',
      width: 180,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (_, v) => <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={() => onOpen(v)}>{v.name}</Button>,
    },
    { key: 'place', title: t('venues.place'), width: 160, ellipsis: true, render: (_, v) => venuePlace(v) || '—' },
    { key: 'kind', title: t('venues.field.kind'), width: 80, render: (_, v) => <Tag color={v.kind === 'internal' ? 'blue' : 'purple'}>{t(`venues.kind.${v.kind}`)}</Tag> },
    {
      key: 'capacity',
      title: t('venues.field.capacities'),
      width: 200,
      render: (_, v) => (
        <Space size={[4, 2]} wrap>
          {venueLayouts(v).map(({ layout, capacity }) => <span key={layout} className="hw-muted" style={{ whiteSpace: 'nowrap' }}>{layoutLabel(t, layout)} <b style={{ color: 'rgba(0,0,0,.88)' }}>{capacity}</b></span>)}
        </Space>
      ),
    },
    {
      key: 'equipment',
      title: t('venues.field.equipment'),
      render: (_, v) => (
        <Space size={[4, 4]} wrap>
          {v.equipment.map((e) => <Tag key={e} style={{ marginInlineEnd: 0 }}>{equipmentLabel(t, e)}</Tag>)}
        </Space>
      ),
    },
    {
      key: 'cost',
      title: t('venues.costColumn'),
      width: 170,
      render: (_, v) =>
        v.costHalfDayFen === null && v.costDayFen === null ? '—' : (
          <div style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
            <div><span className="hw-muted">{t('venues.halfDay')}</span> {v.costHalfDayFen !== null ? t('venues.yuan', { amount: formatYuan(v.costHalfDayFen) }) : '—'}</div>
            <div><span className="hw-muted">{t('venues.fullDay')}</span> {v.costDayFen !== null ? t('venues.yuan', { amount: formatYuan(v.costDayFen) }) : '—'}</div>
          </div>
        ),
    },
    { key: 'approval', title: t('venues.approvalColumn'), width: 90, align: 'center', render: (_, v) => (v.requiresApproval ? <Tag color="gold">{t('venues.needsApproval')}</Tag> : '—') },
    { key: 'active', title: t('common.status'), width: 80, render: (_, v) => <Tag color={v.isActive ? 'green' : 'default'}>{v.isActive ? t('common.active') : t('common.inactive')}</Tag> },
  ];
  if (onQr) {
    columns.push({
      key: 'qr',
      title: t('common.actions'),
      width: 70,
      align: 'center',
      render: (_, v) => (
        <Tooltip title={t('venues.doorQr.button')}>
          <Button type="text" icon={<QrcodeOutlined />} aria-label={`${t('venues.doorQr.button')} ${v.name}`} onClick={() => onQr(v)} />
        </Tooltip>
      ),
    });
  }
  return (
    <Table<Venue>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={venues}
      loading={loading}
      pagination={false}
      scroll={{ x: 1150 }}
      locale={{ emptyText: t('venues.empty') }}
    />
  );
}
