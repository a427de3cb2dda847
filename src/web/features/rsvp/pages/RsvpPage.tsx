/** The personal reply slip (`/r/:token`): public, phone first; shows the meeting, takes the answer, confirms what was recorded. */
import { AimOutlined, ClockCircleOutlined, EnvironmentOutlined, PhoneOutlined, ScheduleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Space, Spin, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ROLE_LABELS, type ParticipantRole } from '../../../../shared/participants';
import type { Reply, RsvpView } from '../../../../shared/rsvp';
import { isApiError } from '../../../app/api-client';
import { browserTimeZone } from '../../../app/datetime';
import { errorMessage } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { LinkMaterials } from '../../materials/components/LinkMaterials';
import { MyPassCard } from '../../checkin/components/MyPassCard';
import { useRsvp } from '../api';
import { ReplyForm } from '../components/ReplyForm';
import { ReplySummary } from '../components/ReplySummary';
import { instantLabel, spanLabel } from '../reply-values';
import '../rsvp.css';

function Shell({ org, children }: { org?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="hw-rsvp-page">
      <div className="hw-rsvp-wrap">
        <div className="hw-rsvp-top">
          <span className="hw-brand"><span className="hw-brand-mark">会</span><span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{org ?? t('app.name')}</span></span>
          <LanguageSwitch size="small" />
        </div>
        {children}
      </div>
    </div>
  );
}

function MeetingHeader({ view }: { view: RsvpView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { meeting, participant } = view;
  const zoneNote = meeting.timeZone !== browserTimeZone() ? t('rsvp.zoneNote', { zone: meeting.timeZone }) : '';
  const role = ROLE_LABELS[participant.role as ParticipantRole]?.[lang] ?? participant.role;
  const late = view.deadline !== null && Date.now() > view.deadline;
  return (
    <>
      <Card>
        <Tag color="blue" style={{ marginBottom: 8 }}>{t('rsvp.slip')}</Tag>
        <h1 className="hw-rsvp-title" data-testid="rsvp-title">{meeting.title}</h1>
        <ul className="hw-rsvp-facts">
          <li><ClockCircleOutlined /><span className="hw-rsvp-fact-label">{t('rsvp.time')}</span><span>{spanLabel(meeting.startAt, meeting.endAt, meeting.timeZone, lang)}{zoneNote && <span className="hw-muted"> {zoneNote}</span>}</span></li>
          {meeting.place && <li><EnvironmentOutlined /><span className="hw-rsvp-fact-label">{t('rsvp.place')}</span><span>{meeting.place}</span></li>}
          {meeting.purpose && <li><AimOutlined /><span className="hw-rsvp-fact-label">{t('rsvp.purpose')}</span><span>{meeting.purpose}</span></li>}
        </ul>
      </Card>
      <Card className="hw-rsvp-card" size="small">
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '4px 8px' }}>
          <Typography.Text strong style={{ fontSize: 18 }} data-testid="rsvp-name">{participant.name}</Typography.Text>
          {participant.unit && <span>{participant.unit}</span>}
          <Tag>{role}</Tag>
          {participant.groupName && <Tag color="geekblue">{participant.groupName}</Tag>}
        </div>
        {(view.deadline !== null || view.contact) && (
          <ul className="hw-rsvp-facts" style={{ marginTop: 10 }}>
            {view.deadline !== null && (
              <li>
                <ScheduleOutlined />
                <span className="hw-rsvp-fact-label">{t('rsvp.deadline')}</span>
                <span>
                  <span data-testid="rsvp-deadline">{instantLabel(view.deadline, meeting.timeZone, lang)}</span>
                  {late && view.open && <Tag color="orange" style={{ marginInlineStart: 8 }}>{t('rsvp.pastDeadline')}</Tag>}
                </span>
              </li>
            )}
            {view.contact && <li><PhoneOutlined /><span className="hw-rsvp-fact-label">{t('rsvp.contact')}</span><span>{view.contact}</span></li>}
          </ul>
        )}
      </Card>
    </>
  );
}

/** The page. */
export function RsvpPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const rsvp = useRsvp(token, params.get('via'));
  const [editing, setEditing] = useState(false);
  const [justSaved, setJustSaved] = useState(false);

  if (rsvp.isPending) {
    return <Shell><div style={{ textAlign: 'center', padding: 64 }}><Spin size="large" /></div></Shell>;
  }
  if (rsvp.error) {
    const invalid = isApiError(rsvp.error) && (rsvp.error.code === 'link_invalid' || rsvp.error.status === 404);
    return (
      <Shell>
        <Card>
          {invalid ? (
            <Result status="warning" title={t('rsvp.invalid.title')} subTitle={t('rsvp.invalid.body')} data-testid="rsvp-invalid" />
          ) : (
            <Result status="error" title={t('rsvp.loadFailed')} subTitle={errorMessage(rsvp.error)} extra={<Button onClick={() => void rsvp.refetch()}>{t('rsvp.retry')}</Button>} />
          )}
        </Card>
      </Shell>
    );
  }

  const view = rsvp.data;
  const lang = currentLang();
  const answered = view.attendance !== 'invited';
  const reply = (view.reply ?? null) as Reply | null;
  const summary = <ReplySummary attendance={view.attendance} reply={reply} paid={view.paid} />;

  let body: ReactNode;
  if (!view.open) {
    body = (
      <Card className="hw-rsvp-card" title={t('rsvp.recorded')}>
        <Alert type="warning" showIcon title={t('rsvp.closed')} description={view.contact ? t('rsvp.closedContact', { contact: view.contact }) : undefined} style={{ marginBottom: 12 }} data-testid="rsvp-closed" />
        {answered ? summary : <Typography.Text type="secondary">{t('rsvp.notAnswered')}</Typography.Text>}
      </Card>
    );
  } else if (answered && !editing) {
    body = (
      <Card className="hw-rsvp-card" data-testid="rsvp-confirmation">
        {justSaved ? (
          <Result status="success" title={t('rsvp.saved')} subTitle={t('rsvp.savedHint')} style={{ padding: '8px 0 16px' }} />
        ) : (
          <Alert type="success" showIcon style={{ marginBottom: 12 }}
            title={view.answeredAt ? t('rsvp.answeredAt', { time: instantLabel(view.answeredAt, view.meeting.timeZone, lang) }) : t('rsvp.answered')} />
        )}
        {summary}
        <Space vertical style={{ width: '100%', marginTop: 16 }}>
          <Button block size="large" onClick={() => { setJustSaved(false); setEditing(true); }}>{t('rsvp.edit')}</Button>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('rsvp.editUntil')}</Typography.Text>
        </Space>
      </Card>
    );
  } else {
    body = (
      <ReplyForm
        view={view}
        token={token}
        onCancel={answered ? () => setEditing(false) : undefined}
        onSaved={() => {
          setEditing(false);
          setJustSaved(true);
          window.scrollTo({ top: 0, behavior: 'smooth' });
        }}
      />
    );
  }

  return (
    <Shell org={view.orgName}>
      <MeetingHeader view={view} />
      {body}
      <MyPassCard token={token} attendance={view.attendance} meetingTitle={view.meeting.title} name={view.participant.name} unit={view.participant.unit} />
      <LinkMaterials token={token} />
    </Shell>
  );
}
