/** The host's view on the day, live over Server-Sent Events: expected / arrived / absent per list and group, arrivals per minute, who is missing. */
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckinStats } from '../../../../shared/checkin';
import { clockTime } from '../../../../shared/time';
import { sheetUrl, useCheckinStats, useCheckinStream } from '../api';
import { PerMinuteChart } from './PerMinuteChart';
import { listName } from '../list-name';

type ListStats = CheckinStats['lists'][number];

/** At most this many absent names are drawn (the 签到表 has them all). */
const NAMES_SHOWN = 120;

function Figures({ s }: { s: ListStats }) {
  const { t } = useTranslation();
  const absent = Math.max(0, s.expected - s.arrived);
  return (
    <div className="hw-dash-figures" data-testid={`dash-figures-${s.listId}`}>
      <div className="hw-dash-figure"><b data-testid="dash-expected">{s.expected}</b><span>{t('checkin.dash.expected')}</span></div>
      <div className="hw-dash-figure is-arrived"><b data-testid="dash-arrived">{s.arrived}</b><span>{t('checkin.dash.arrived')}</span></div>
      <div className="hw-dash-figure is-absent"><b data-testid="dash-absent">{absent}</b><span>{t('checkin.dash.absent')}</span></div>
      {s.inside !== null && <div className="hw-dash-figure"><b>{s.inside}</b><span>{t('checkin.dash.inside')}</span></div>}
    </div>
  );
}

function rate(arrived: number, expected: number): number {
  return expected ? Math.min(100, Math.round((arrived / expected) * 100)) : 0;
}

/** The dashboard. */
export function LiveDashboard({ meetingId, zone }: { meetingId: string; zone: string }) {
  const { t } = useTranslation();
  const stats = useCheckinStats(meetingId);
  const stream = useCheckinStream(meetingId);
  const s = stats.data;
  const main = s?.lists[0];

  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      loading={stats.isPending}
      data-testid="checkin-dashboard"
      title={t('checkin.dash.title')}
      extra={
        <Space size={8}>
          {stream === 'live' ? <Badge status="processing" text={t('checkin.dash.live')} /> : <Badge status="warning" text={t('checkin.dash.reconnecting')} />}
          {s && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('checkin.dash.updated', { time: clockTime(s.at, zone) })}</Typography.Text>}
        </Space>
      }
    >
      {s && main && (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>{main.name}</Typography.Title>
          <Figures s={main} />
          <Progress percent={rate(main.arrived, main.expected)} style={{ marginTop: 8 }} />

          <Typography.Title level={5}>{t('checkin.dash.perMinute')}</Typography.Title>
          <PerMinuteChart perMinute={s.perMinute} zone={zone} />

          <Typography.Title level={5}>{s.late ? t('checkin.dash.lateNames') : t('checkin.dash.absentNames')} <Tag color={s.late ? 'red' : 'default'}>{s.absent.length}</Tag></Typography.Title>
          {s.absent.length ? (
            <div className="hw-dash-names" data-testid="dash-absent-names">
              {s.absent.slice(0, NAMES_SHOWN).map((p) => <Tag key={p.id} color={s.late ? 'red' : undefined}>{p.unit ? t('checkin.dash.nameUnit', { name: p.name, unit: p.unit }) : p.name}</Tag>)}
              {s.absent.length > NAMES_SHOWN && <Tag>… +{s.absent.length - NAMES_SHOWN}</Tag>}
            </div>
          ) : (
            <Typography.Text type="success">{t('checkin.dash.noneAbsent')}</Typography.Text>
          )}

          <Typography.Title level={5}>{t('checkin.lists.title')}</Typography.Title>
          <Table<ListStats>
            size="small"
            rowKey="listId"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s.lists}
            data-testid="dash-lists"
            expandable={{
              rowExpandable: (r) => r.byGroup.length > 0,
              expandedRowRender: (r) => (
                <Table
                  size="small"
                  rowKey="group"
                  pagination={false}
                  dataSource={r.byGroup}
                  columns={[
                    { title: t('checkin.dash.group'), dataIndex: 'group', render: (g: string) => g || t('checkin.dash.noGroup') },
                    { title: t('checkin.dash.expected'), dataIndex: 'expected', align: 'right' },
                    { title: t('checkin.dash.arrived'), dataIndex: 'arrived', align: 'right' },
                    { title: t('checkin.dash.rate'), key: 'rate', render: (_, g) => <Progress percent={rate(g.arrived, g.expected)} size="small" style={{ minWidth: 90 }} /> },
                  ]}
                />
              ),
            }}
            columns={[
              { title: t('checkin.lists.field.name'), dataIndex: 'name', render: (name: string) => listName(name) },
              { title: t('checkin.dash.expected'), dataIndex: 'expected', align: 'right' },
              { title: t('checkin.dash.arrived'), dataIndex: 'arrived', align: 'right' },
              { title: t('checkin.dash.absent'), key: 'absent', align: 'right', render: (_, r) => Math.max(0, r.expected - r.arrived) },
              { title: t('checkin.dash.inside'), dataIndex: 'inside', align: 'right', render: (v: number | null) => v ?? '—' },
              {
                title: t('checkin.dash.exports'),
                key: 'sheet',
                render: (_, r) => (
                  <Space size={0}>
                    <Button type="link" size="small" icon={<FileExcelOutlined />} href={sheetUrl(meetingId, r.listId, 'xlsx')} data-testid="sheet-xlsx">{t('checkin.dash.xlsx')}</Button>
                    <Button type="link" size="small" icon={<PrinterOutlined />} href={sheetUrl(meetingId, r.listId, 'html')} target="_blank" rel="noopener">{t('checkin.dash.print')}</Button>
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
