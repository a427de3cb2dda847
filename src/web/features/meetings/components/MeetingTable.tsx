/** The meeting list on wide screens: one row per meeting with the essentials and a pager. */
import { Space, Table, type TableColumnsType } from 'antd';
import { HealthDot } from './HealthDot';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../../shared/meetings';
import { formatRange } from '../../../../shared/time';
import { currentLang } from '../../../app/i18n';
import { PAGE_SIZES } from '../list-params';
import { PhaseTag, SeriesTag, StatusTag, WarningsIcon } from './MeetingTags';

/** Props of both list views. */
export type MeetingListViewProps = {
  items: readonly Meeting[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  orgZone: string;
  onPage: (page: number, pageSize: number) => void;
};

/** When the meeting happens, in its own zone; the zone is named when it is not the organisation's. */
export function MeetingTime({ meeting, orgZone }: { meeting: Meeting; orgZone: string }) {
  const range = formatRange(meeting.startAt, meeting.endAt, meeting.timeZone, currentLang());
  if (meeting.timeZone === orgZone) return <>{range}</>;
  return <>{range} <span className="hw-muted">({meeting.timeZone})</span></>;
}

/** An antd Table of meetings, paged by the server. */
export function MeetingTable({ items, total, page, pageSize, loading, orgZone, onPage }: MeetingListViewProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Meeting> = [
    {
      key: 'title',
      title: t('meeting.field.title'),
      render: (_, m) => (
        <Space size={6} wrap>
          <HealthDot meeting={m} />
          <Link to={`/meetings/${m.id}`}>{m.title}</Link>
          {m.seriesId && <SeriesTag />}
        </Space>
      ),
    },
    { key: 'kind', title: t('meeting.field.kind'), width: 128, render: (_, m) => t(`meeting.kind.${m.kind}`) },
    { key: 'time', title: t('meeting.field.time'), width: 250, render: (_, m) => <MeetingTime meeting={m} orgZone={orgZone} /> },
    { key: 'place', title: t('meeting.field.place'), ellipsis: true, render: (_, m) => m.place ?? '—' },
    { key: 'department', title: t('meeting.list.departmentColumn'), width: 150, ellipsis: true, render: (_, m) => m.departmentName ?? '—' },
    { key: 'status', title: t('meeting.field.status'), width: 100, render: (_, m) => <StatusTag status={m.status} /> },
    { key: 'phase', title: t('meeting.field.phase'), width: 90, render: (_, m) => <PhaseTag phase={m.phase} /> },
    {
      key: 'warnings',
      title: <span title={t('policy.title')}>{t('meeting.list.warningsColumn')}</span>,
      width: 64,
      align: 'center',
      render: (_, m) => <WarningsIcon warnings={m.warnings} />,
    },
  ];
  return (
    <Table<Meeting>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items as Meeting[]}
      loading={loading}
      scroll={{ x: 1100 }}
      locale={{ emptyText: t('meeting.list.empty') }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (n) => t('common.total', { count: n }),
        onChange: onPage,
      }}
    />
  );
}
