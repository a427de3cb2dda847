/** 发送明细: every delivery of a notice (recipient × channel), filtered by state and channel, paged by the server, with the last error. */
import { Alert, Col, Drawer, Form, Grid, Row, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, DELIVERY_STATUSES, type DeliveryStatus } from '../../../../shared/notices';
import { formatInstant } from '../../../app/datetime';
import { errorMessage } from '../../../app/form-errors';
import { useDeliveries, type Delivery, type Notice } from '../api';
import { DELIVERY_COLORS } from '../labels';
import { NoticeProgress } from './NoticeProgress';

const dash = '—';

/** The drawer; `notice` undefined closes it. */
export function DeliveriesDrawer({ notice: n, subject, zone, onClose }: { notice?: Notice; subject: string; zone: string; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [status, setStatus] = useState<string>();
  const [channel, setChannel] = useState<string>();
  const [page, setPage] = useState({ current: 1, size: 20 });
  const filter = { status, channel, limit: page.size, offset: (page.current - 1) * page.size };
  const list = useDeliveries(n?.id, filter, n?.status === 'queued');

  useEffect(() => {
    setStatus(undefined);
    setChannel(undefined);
    setPage({ current: 1, size: 20 });
  }, [n?.id]);

  const at = (ms: number | null) => (ms ? formatInstant(ms, zone) : dash);
  const columns: TableColumnsType<Delivery> = [
    { key: 'name', title: t('notices.deliveries.recipient'), width: 130, render: (_, d) => d.recipientName },
    { key: 'channel', title: t('notices.deliveries.channel'), width: 100, render: (_, d) => <Tag style={{ marginInlineEnd: 0 }}>{t(`notices.channel.${d.channel}`)}</Tag> },
    { key: 'address', title: t('notices.deliveries.address'), ellipsis: true, render: (_, d) => d.address || dash },
    {
      key: 'status', title: t('notices.deliveries.status'), width: 90,
      render: (_, d) => <Tag color={DELIVERY_COLORS[d.status as DeliveryStatus]} style={{ marginInlineEnd: 0, color: d.status === 'queued' ? 'rgba(0,0,0,.65)' : undefined }}>{t(`notices.delivery.${d.status}`)}</Tag>,
    },
    { key: 'attempts', title: t('notices.deliveries.attempts'), width: 70, align: 'end', render: (_, d) => d.attempts },
    { key: 'sentAt', title: t('notices.deliveries.sentAt'), width: 140, render: (_, d) => at(d.sentAt) },
    { key: 'readAt', title: t('notices.deliveries.readAt'), width: 140, render: (_, d) => at(d.readAt ?? d.answeredAt) },
    {
      key: 'error', title: t('notices.deliveries.lastError'), ellipsis: { showTitle: false },
      render: (_, d) => (d.lastError ? <Tooltip title={d.lastError}><Typography.Text type="danger">{d.lastError}</Typography.Text></Tooltip> : dash),
    },
  ];

  return (
    <Drawer open={!!n} onClose={onClose} size={screens.lg ? 1100 : '100%'} title={n ? t('notices.deliveries.title', { subject }) : ''} destroyOnHidden>
      {n && <div style={{ maxWidth: 480, marginBottom: 16 }}><NoticeProgress notice={n} /></div>}
      <Form layout="vertical" component="div">
        <Row gutter={[12, 0]}>
          <Col xs={12} md={6}>
            <Form.Item label={t('notices.deliveries.status')} htmlFor="delivery-status" style={{ marginBottom: 12 }}>
              <Select id="delivery-status" allowClear placeholder={t('common.all')} value={status}
                onChange={(v?: string) => { setStatus(v); setPage((p) => ({ ...p, current: 1 })); }}
                options={DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`notices.delivery.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('notices.deliveries.channel')} htmlFor="delivery-channel" style={{ marginBottom: 12 }}>
              <Select id="delivery-channel" allowClear placeholder={t('common.all')} value={channel}
                onChange={(v?: string) => { setChannel(v); setPage((p) => ({ ...p, current: 1 })); }}
                options={CHANNELS.map((c) => ({ value: c, label: t(`notices.channel.${c}`) }))} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
      <Table<Delivery>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching && !list.data}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('notices.deliveries.empty') }}
        pagination={{
          current: page.current, pageSize: page.size, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: ['20', '50', '100'],
          showTotal: (total) => t('common.total', { count: total }), onChange: (current, size) => setPage({ current, size }),
        }}
        data-testid="delivery-table"
      />
    </Drawer>
  );
}
