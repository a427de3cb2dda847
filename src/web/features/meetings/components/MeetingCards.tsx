/** The meeting list on phones: one card per meeting with the same essentials as the table. */
import { ClockCircleOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { HealthDot } from './HealthDot';
import { Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MeetingTime, type MeetingListViewProps } from './MeetingTable';
import { PhaseTag, SeriesTag, StatusTag, WarningsIcon } from './MeetingTags';

/** A list of cards with a simple pager. */
export function MeetingCards({ items, total, page, pageSize, loading, orgZone, onPage }: MeetingListViewProps) {
  const { t } = useTranslation();
  if (!loading && items.length === 0) return <Empty description={t('meeting.list.empty')} />;
  return (
    <Spin spinning={loading}>
      <ul className="hw-card-list">
        {items.map((m) => (
          <li key={m.id}>
            <Card size="small">
              <Flex justify="space-between" align="flex-start" gap={8}>
                <span style={{ minWidth: 0 }}>
                  <HealthDot meeting={m} />{' '}
                  <Link to={`/meetings/${m.id}`} style={{ fontWeight: 600, fontSize: 15, wordBreak: 'break-word' }}>
                    {m.title}
                  </Link>
                </span>
                <StatusTag status={m.status} />
              </Flex>
              <Flex wrap gap={6} style={{ margin: '6px 0' }}>
                <PhaseTag phase={m.phase} />
                <span className="hw-muted">{t(`meeting.kind.${m.kind}`)}</span>
                {m.seriesId && <SeriesTag />}
                <WarningsIcon warnings={m.warnings} />
              </Flex>
              <Typography.Text style={{ display: 'block' }}>
                <ClockCircleOutlined /> <MeetingTime meeting={m} orgZone={orgZone} />
              </Typography.Text>
              {m.place && (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  <EnvironmentOutlined /> {m.place}
                </Typography.Text>
              )}
              {m.departmentName && (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  <TeamOutlined /> {m.departmentName}
                </Typography.Text>
              )}
            </Card>
          </li>
        ))}
      </ul>
      {total > pageSize && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Pagination simple current={page} pageSize={pageSize} total={total} onChange={onPage} />
        </Flex>
      )}
      <div className="hw-muted" style={{ textAlign: 'center', marginTop: 8 }}>{t('common.total', { count: total })}</div>
    </Spin>
  );
}
