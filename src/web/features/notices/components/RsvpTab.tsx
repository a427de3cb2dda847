/** 回执统计 tab: answers by state and by group, lodging and diet totals, arrivals by day, and who has not been reached, read or answered. */
import { DownloadOutlined, FormOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Flex, Row, Space, Statistic, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meetings';
import { ROLE_CAPABILITIES, type Participant } from '../../../../shared/participants';
import { ATTENDANCE, type Attendance } from '../../../../shared/rsvp';
import { useCan } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { useParticipants } from '../../meetings/api';
import { attendanceLabel, lodgingLabel } from '../labels';
import { participantExportUrl, useRsvpDashboard, type RsvpPerson } from '../rsvp-api';
import { AttendanceTag } from './AttendanceTag';
import { ReplyDrawer } from './ReplyDrawer';

const dash = '—';
/** Colours of the statistic numbers, matching the attendance tags. */
const NUMBER_COLORS: Record<Attendance, string> = {
  invited: 'rgba(0,0,0,.65)', confirmed: '#389e0d', declined: '#cf1322', substitute: '#0958d9', leave: '#d46b08', tentative: '#d48806',
};

type ListKey = 'notReached' | 'notRead' | 'notAnswered';

/** The tab. */
export function RsvpTab({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const canAnswer = useCan('participant.answer');
  const dash_ = useRsvpDashboard(meeting.id);
  const participants = useParticipants(meeting.id);
  const [answering, setAnswering] = useState<Participant>();
  const d = dash_.data;

  const answer = (id: string) => setAnswering(participants.data?.find((p) => p.id === id));
  /** 会务人员 and 记录员 fill in no reply slip. */
  const canReply = (id: string) => {
    const p = participants.data?.find((x) => x.id === id);
    return !!p && ROLE_CAPABILITIES[p.role].replySlip;
  };

  const personColumns: TableColumnsType<RsvpPerson> = [
    { key: 'name', title: t('participantList.name'), width: 120, render: (_, p) => p.name },
    { key: 'unit', title: t('participantList.unit'), ellipsis: true, render: (_, p) => p.unit ?? dash },
    { key: 'phone', title: t('participantList.phone'), width: 130, render: (_, p) => (p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : dash) },
    { key: 'group', title: t('participantList.group'), width: 110, ellipsis: true, render: (_, p) => p.groupName ?? dash },
    ...(canAnswer ? [{
      key: 'answer', title: t('common.actions'), width: 110,
      render: (_: unknown, p: RsvpPerson) => (
        <Button size="small" icon={<FormOutlined />} onClick={() => answer(p.participantId)} disabled={!canReply(p.participantId)}>{t('participantList.answerShort')}</Button>
      ),
    }] : []),
  ];

  const groupColumns: TableColumnsType<NonNullable<typeof d>['byGroup'][number]> = [
    { key: 'group', title: t('participantList.group'), fixed: 'start', width: 140, render: (_, g) => g.group || <span className="hw-muted">{t('participantList.noGroup')}</span> },
    { key: 'total', title: t('rsvpDash.total'), width: 80, align: 'end', render: (_, g) => <strong>{g.total}</strong> },
    ...ATTENDANCE.map((a) => ({ key: a, title: attendanceLabel(a), width: 86, align: 'end' as const, render: (_: unknown, g: { byAttendance: Record<Attendance, number> }) => g.byAttendance[a] || <span className="hw-muted">0</span> })),
  ];

  const lists: { key: ListKey; hint: string }[] = [
    { key: 'notReached', hint: t('rsvpDash.notReachedHint') },
    { key: 'notRead', hint: t('rsvpDash.notReadHint') },
    { key: 'notAnswered', hint: t('rsvpDash.notAnsweredHint') },
  ];
  const maxArrivals = Math.max(1, ...(d?.arrivalsByDate ?? []).map((a) => a.count));

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('rsvpDash.intro')}</Typography.Text>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={() => void dash_.refetch()} loading={dash_.isFetching}>{t('rsvpDash.refresh')}</Button>
          <Button icon={<DownloadOutlined />} href={participantExportUrl(meeting.id)} download>{t('participantList.export')}</Button>
        </Space>
      </Flex>
      {dash_.error && <Alert type="error" showIcon title={errorMessage(dash_.error)} style={{ marginBottom: 12 }} />}
      {d && (
        <>
          <Flex wrap gap={12} style={{ marginBottom: 12 }} data-testid="rsvp-stats">
            <Card size="small" style={{ flex: '1 1 130px' }}><Statistic title={t('rsvpDash.total')} value={d.total} /></Card>
            {(['confirmed', 'substitute', 'tentative', 'leave', 'declined', 'invited'] as const).map((a) => (
              <Card key={a} size="small" style={{ flex: '1 1 130px' }} data-attendance={a}>
                <Statistic title={<AttendanceTag attendance={a} />} value={d.byAttendance[a] ?? 0} styles={{ content: { color: NUMBER_COLORS[a] } }}
                  suffix={d.total ? <span style={{ fontSize: 13 }} className="hw-muted">{Math.round(((d.byAttendance[a] ?? 0) / d.total) * 100)}%</span> : undefined} />
              </Card>
            ))}
          </Flex>

          <Card size="small" title={t('rsvpDash.byGroup')} style={{ marginBottom: 12 }}>
            <Table rowKey={(g) => g.group} size="small" columns={groupColumns} dataSource={d.byGroup} pagination={false} scroll={{ x: 720, y: 360 }}
              locale={{ emptyText: t('rsvpDash.noData') }}
              summary={() => d.byGroup.length > 1 ? (
                <Table.Summary fixed>
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}><strong>{t('rsvpDash.sum')}</strong></Table.Summary.Cell>
                    <Table.Summary.Cell index={1} align="end"><strong>{d.total}</strong></Table.Summary.Cell>
                    {ATTENDANCE.map((a, i) => <Table.Summary.Cell key={a} index={i + 2} align="end">{d.byAttendance[a] ?? 0}</Table.Summary.Cell>)}
                  </Table.Summary.Row>
                </Table.Summary>
              ) : null} />
          </Card>

          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={24} md={12} xl={8}>
              <Card size="small" title={t('rsvpDash.lodging')} style={{ height: '100%' }}>
                <Row gutter={[8, 8]}>
                  {(['single', 'shared', 'none'] as const).map((k) => (
                    <Col key={k} span={6}><Statistic title={lodgingLabel(k)} value={d.lodging[k]} /></Col>
                  ))}
                  <Col span={6}><Statistic title={t('rsvpDash.roomNights')} value={d.lodging.roomNights} /></Col>
                </Row>
              </Card>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Card size="small" title={t('rsvpDash.dietary')} style={{ height: '100%' }}>
                <Row gutter={[8, 8]}>
                  <Col span={8}><Statistic title={t('participantList.reply.halal')} value={d.dietary.halal} /></Col>
                  <Col span={8}><Statistic title={t('participantList.reply.vegetarian')} value={d.dietary.vegetarian} /></Col>
                  <Col span={8}><Statistic title={t('rsvpDash.allergies')} value={d.dietary.allergies} /></Col>
                </Row>
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title={t('rsvpDash.arrivals')} style={{ height: '100%' }}>
                {d.arrivalsByDate.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rsvpDash.noArrivals')} /> : (
                  <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 220, overflow: 'auto' }} data-testid="rsvp-arrivals">
                    {d.arrivalsByDate.map((a) => (
                      <li key={a.date} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '3px 0' }}>
                        <span style={{ width: 92, flex: 'none', fontVariantNumeric: 'tabular-nums' }}>{a.date}</span>
                        <div style={{ flex: 1, background: '#f0f0f0', borderRadius: 3, height: 10 }}>
                          <div style={{ width: `${(a.count / maxArrivals) * 100}%`, background: '#1677ff', height: '100%', borderRadius: 3 }} />
                        </div>
                        <span style={{ width: 56, textAlign: 'end', fontVariantNumeric: 'tabular-nums' }}>{t('rsvpDash.people', { count: a.count })}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            </Col>
          </Row>

          <Card size="small" title={t('rsvpDash.followUp')} data-testid="rsvp-lists">
            <Tabs
              size="small"
              defaultActiveKey={lists.find((l) => d[l.key].length > 0)?.key ?? 'notAnswered'}
              items={lists.map(({ key, hint }) => ({
                key,
                label: `${t(`rsvpDash.${key}`)} (${d[key].length})`,
                children: (
                  <>
                    <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8, fontSize: 12 }}>{hint}</Typography.Text>
                    <Table<RsvpPerson> rowKey="participantId" size="small" columns={personColumns} dataSource={d[key]} scroll={{ x: 640 }}
                      locale={{ emptyText: t('rsvpDash.nobody') }}
                      pagination={d[key].length > 20 ? { pageSize: 20, showSizeChanger: false, showTotal: (n) => t('common.total', { count: n }) } : false} />
                  </>
                ),
              }))}
            />
          </Card>
        </>
      )}
      <ReplyDrawer participant={answering} meeting={meeting} onClose={() => setAnswering(undefined)} />
    </>
  );
}
