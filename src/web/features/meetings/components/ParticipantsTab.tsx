/** 参会人员 tab: the whole list with filters, add / import / export, and per person 代填回执, 个人链接, edit and remove. */
import { DownloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Form, Grid, Input, Row, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meetings';
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../../../../shared/participants';
import { ATTENDANCE, type Attendance } from '../../../../shared/rsvp';
import { useCan } from '../../../app/auth';
import { errorMessage, useShowError } from '../../../app/form-errors';
import { PersonalLinkModal } from '../../notices/components/PersonalLinkModal';
import { ReplyDrawer } from '../../notices/components/ReplyDrawer';
import { attendanceLabel, roleLabel } from '../../notices/labels';
import { participantExportUrl } from '../../notices/rsvp-api';
import { useParticipants, useRemoveParticipant } from '../api';
import { ParticipantEditModal } from './ParticipantEditModal';
import { ParticipantImport } from './ParticipantImport';
import { ParticipantCards, ParticipantTable } from './ParticipantList';
import { ParticipantAddForm } from './ParticipantsCard';

/** The value of the group filter that means "no group". */
const NO_GROUP = '\u0000none';

type Filters = { q: string; role?: ParticipantRole; group?: string; attendance?: Attendance };

function applyFilters(list: readonly Participant[], f: Filters): Participant[] {
  const q = f.q.trim().toLowerCase();
  return list.filter(
    (p) =>
      (!q || [p.personName, p.unit, p.departmentName, p.title, p.phone, p.email, p.groupName].some((s) => s?.toLowerCase().includes(q))) &&
      (!f.role || p.role === f.role) &&
      (!f.group || (f.group === NO_GROUP ? !p.groupName : p.groupName === f.group)) &&
      (!f.attendance || p.attendance === f.attendance),
  );
}

/** The groups used in a list, most common first. */
export function groupsOf(list: readonly Participant[]): string[] {
  const n = new Map<string, number>();
  for (const p of list) if (p.groupName) n.set(p.groupName, (n.get(p.groupName) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([g]) => g);
}

/** The tab. */
export function ParticipantsTab({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const canWrite = useCan('meeting.write');
  const canAnswer = useCan('participant.answer');
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const list = useParticipants(meeting.id);
  const remove = useRemoveParticipant(meeting.id);
  const showError = useShowError();
  const [filters, setFilters] = useState<Filters>({ q: '' });
  const [answering, setAnswering] = useState<Participant>();
  const [linking, setLinking] = useState<Participant>();
  const [editing, setEditing] = useState<Participant>();
  const [adding, setAdding] = useState(false);
  const all = useMemo(() => list.data ?? [], [list.data]);
  const rows = useMemo(() => applyFilters(all, filters), [all, filters]);
  const groups = useMemo(() => groupsOf(all), [all]);
  const patch = (p: Partial<Filters>) => setFilters((f) => ({ ...f, ...p }));
  const answered = all.filter((p) => p.attendance !== 'invited').length;

  const actions = {
    onAnswer: canAnswer ? setAnswering : undefined,
    onLink: canAnswer ? setLinking : undefined,
    onEdit: canWrite ? setEditing : undefined,
    onRemove: canWrite ? (p: Participant) => remove.mutate(p.id, { onError: showError }) : undefined,
  };
  const view = { items: rows, loading: list.isFetching, zone: meeting.timeZone, actions };

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Text strong data-testid="participant-count">{t('participantList.heading', { count: all.length, answered })}</Typography.Text>
          <Space wrap>
            {canWrite && (
              <Button icon={<UserAddOutlined />} type={adding ? 'primary' : 'default'} ghost={adding} onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
                {t('participantList.addPerson')}
              </Button>
            )}
            {canWrite && <ParticipantImport meetingId={meeting.id} />}
            <Button icon={<DownloadOutlined />} href={participantExportUrl(meeting.id)} download>{t('participantList.export')}</Button>
          </Space>
        </Flex>
        {canWrite && adding && (
          <div style={{ background: '#f6f8fc', border: '1px solid #e6ebf5', borderRadius: 6, padding: '0 12px 4px', marginBottom: 12 }} data-testid="participant-add">
            <ParticipantAddForm meetingId={meeting.id} groups={groups} />
          </div>
        )}
        <Form layout="vertical" component="div">
          <Row gutter={[12, 0]}>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item label={t('common.search')} htmlFor="participant-q" style={{ marginBottom: 8 }}>
                <Input.Search id="participant-q" allowClear placeholder={t('participantList.searchPlaceholder')} value={filters.q} onChange={(e) => patch({ q: e.target.value })} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={12} lg={5}>
              <Form.Item label={t('participantList.role')} htmlFor="participant-role" style={{ marginBottom: 8 }}>
                <Select id="participant-role" allowClear placeholder={t('common.all')} value={filters.role} onChange={(role?: ParticipantRole) => patch({ role })}
                  options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={12} lg={5}>
              <Form.Item label={t('participantList.group')} htmlFor="participant-group" style={{ marginBottom: 8 }}>
                <Select id="participant-group" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('common.all')} value={filters.group} onChange={(group?: string) => patch({ group })}
                  options={[...groups.map((g) => ({ value: g, label: g })), { value: NO_GROUP, label: t('participantList.noGroup') }]} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label={t('participantList.attendance')} htmlFor="participant-attendance" style={{ marginBottom: 8 }}>
                <Select id="participant-attendance" allowClear placeholder={t('common.all')} value={filters.attendance} onChange={(attendance?: Attendance) => patch({ attendance })}
                  options={ATTENDANCE.map((a) => ({ value: a, label: attendanceLabel(a) }))} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
      {mobile ? <ParticipantCards {...view} /> : <Card size="small"><ParticipantTable {...view} /></Card>}
      <ReplyDrawer participant={answering} meeting={meeting} onClose={() => setAnswering(undefined)} />
      <PersonalLinkModal participant={linking} meeting={meeting} onClose={() => setLinking(undefined)} />
      <ParticipantEditModal meetingId={meeting.id} participant={editing} groups={groups} onClose={() => setEditing(undefined)} />
    </>
  );
}
