/** One meeting (`/meetings/:id`): title, state and actions above seven tabs (`?tab=`): the plan (lifecycle, warnings, plan, people, rooms, history), participants, the agenda, its materials, the tasks (会务分工), notices and the reply-slip dashboard. */
import { ArrowLeftOutlined, EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { EDITABLE_STATUSES } from '../../../../shared/meetings';
import { PageLoading, useCan, useMe } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { AgendaTab } from '../../agenda/components/AgendaTab';
import { MaterialsTab } from '../../materials/components/MaterialsTab';
import { MeetingTasksTab } from '../../tasks/components/MeetingTasksTab';
import { IncidentsTab } from '../../incidents/IncidentsTab';
import { CheckinTab } from '../../checkin/components/CheckinTab';
import { MeetingRoomsCard } from '../../bookings/components/MeetingRoomsCard';
import { NoticesTab } from '../../notices/components/NoticesTab';
import { RsvpTab } from '../../notices/components/RsvpTab';
import { SeatingTab } from '../../seating/components/SeatingTab';
import { useMeeting } from '../api';
import { MeetingActions } from '../components/MeetingActions';
import { MeetingHistory } from '../components/MeetingHistory';
import { MeetingLifecycle } from '../components/MeetingLifecycle';
import { MeetingPlan } from '../components/MeetingPlan';
import { PhaseTag, SeriesTag, StatusTag } from '../components/MeetingTags';
import { ParticipantsCard } from '../components/ParticipantsCard';
import { ParticipantsTab } from '../components/ParticipantsTab';
import { PolicyWarnings } from '../components/PolicyWarnings';

/** The tabs, in order; the first is the default and is left out of the URL. */
const TABS = ['plan', 'participants', 'agenda', 'materials', 'tasks', 'notices', 'rsvp', 'seating', 'checkin', 'incidents'] as const;
type TabKey = (typeof TABS)[number];

/** The meeting detail page. */
export function MeetingDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const canWrite = useCan('meeting.write');
  const canAudit = useCan('audit.read');
  const canCheckin = useCan('checkin.view');
  const canHandleIncidents = useCan('incident.manage');
  const query = useMeeting(id);
  const [search, setSearch] = useSearchParams();
  const asked = search.get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(asked ?? '') ? (asked as TabKey) : 'plan';
  const openTab = (key: string) =>
    setSearch((prev) => {
      const next = new URLSearchParams(prev);
      if (key === 'plan') next.delete('tab');
      else next.set('tab', key);
      return next;
    });

  if (query.isPending) return <PageLoading />;
  if (query.error) {
    return (
      <Result
        status="warning"
        title={errorMessage(query.error)}
        extra={<Button onClick={() => navigate('/meetings')}>{t('nav.backToMeetings')}</Button>}
      />
    );
  }
  const m = query.data;
  const canEdit = canWrite && EDITABLE_STATUSES.includes(m.status);

  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/meetings')} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('nav.backToMeetings')}
      </Button>
      <Flex wrap justify="space-between" align="flex-start" gap={12} style={{ marginBottom: 16 }}>
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Typography.Title level={3} style={{ margin: 0, wordBreak: 'break-word' }}>{m.title}</Typography.Title>
          <Space size={6} wrap style={{ marginTop: 8 }}>
            <StatusTag status={m.status} />
            {m.status !== 'cancelled' && <PhaseTag phase={m.phase} />}
            {m.seriesId && <SeriesTag />}
          </Space>
        </div>
        <Flex wrap gap={8}>
          {canEdit && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/meetings/${m.id}/edit`)}>{t('common.edit')}</Button>
          )}
          <MeetingActions meeting={m} onConflict={() => void query.refetch()} />
          {canAudit && (
            <Button type="text" icon={<HistoryOutlined />} onClick={() => navigate(`/admin/audit?entityType=meeting&entityId=${encodeURIComponent(m.id)}`)}>
              {t('meeting.detail.auditLink')}
            </Button>
          )}
        </Flex>
      </Flex>

      {m.status === 'cancelled' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('meeting.detail.cancelledTitle')}
          description={m.cancelReason ? t('meeting.detail.reasonLine', { reason: m.cancelReason }) : undefined}
        />
      )}

      <Tabs
        activeKey={tab}
        onChange={openTab}
        destroyOnHidden
        items={[
          {
            key: 'plan',
            label: t('notices.tab.plan'),
            children: (
              <>
                <Card size="small" style={{ marginBottom: 16 }}>
                  <MeetingLifecycle meeting={m} />
                </Card>

                <PolicyWarnings warnings={m.warnings} style={{ marginBottom: 16 }} />

                <Card title={t('meeting.detail.plan')} size="small" style={{ marginBottom: 16 }}>
                  <MeetingPlan meeting={m} />
                </Card>

                <ParticipantsCard meetingId={m.id} />
                <MeetingRoomsCard meeting={m} />

                <Card title={t('meeting.detail.history')} size="small">
                  <MeetingHistory history={m.history} zone={me.org.timeZone} />
                </Card>
              </>
            ),
          },
          { key: 'participants', label: t('notices.tab.participants'), children: <ParticipantsTab meeting={m} /> },
          { key: 'agenda', label: t('agenda.tab'), children: <AgendaTab meeting={m} /> },
          { key: 'materials', label: t('materials.tab'), children: <MaterialsTab meeting={m} /> },
          { key: 'tasks', label: t('tasks.tab'), children: <MeetingTasksTab meetingId={m.id} timeZone={m.timeZone} canEdit={canWrite} meetingStart={m.startAt} meetingEnd={m.endAt} /> },
          { key: 'notices', label: t('notices.tab.notices'), children: <NoticesTab meeting={m} /> },
          { key: 'rsvp', label: t('notices.tab.rsvp'), children: <RsvpTab meeting={m} /> },
          { key: 'seating', label: t('seating.tab'), children: <SeatingTab meeting={m} /> },
          ...(canCheckin ? [{ key: 'checkin', label: t('checkin.tab'), children: <CheckinTab meeting={m} /> }] : []),
          { key: 'incidents', label: t('incidents.tab'), children: <IncidentsTab meetingId={m.id} timeZone={m.timeZone} canHandle={canHandleIncidents} /> },
        ]}
      />
    </>
  );
}
