/** 预览: what a recipient reads — rendered here from the form before it is saved, or by the server (with the real link) for a saved notice. */
import { Alert, Empty, Flex, Segmented, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unknownVariables } from '../../../../shared/notices';
import type { Participant } from '../../../../shared/participants';
import { errorMessage } from '../../../app/form-errors';
import { useNoticePreview } from '../api';

/** Subject and body as a reader sees them. */
function Letter({ subject, body, to }: { subject: string; body: string; to?: string | null }) {
  const { t } = useTranslation();
  return (
    <div style={{ background: '#fff', border: '1px solid #f0f0f0', borderRadius: 6, padding: 12 }} data-testid="notice-preview">
      {to && <div className="hw-muted" style={{ fontSize: 12, marginBottom: 4 }}>{t('notices.preview.to', { name: to })}</div>}
      <Typography.Text strong style={{ display: 'block', marginBottom: 8, wordBreak: 'break-word' }}>{subject || '—'}</Typography.Text>
      <pre className="hw-pre" style={{ fontFamily: 'inherit', fontSize: 13, lineHeight: 1.7, maxHeight: 420, overflow: 'auto' }}>{body || '—'}</pre>
    </div>
  );
}

/** Props: the live rendering, the template text (to flag unknown variables), and for a saved notice its id and audience. */
export type NoticePreviewPaneProps = {
  live: { subject: string; body: string; to?: string | null };
  template: { subject: string; body: string };
  savedId?: string;
  dirty: boolean;
  audience: readonly Participant[];
  /** Which view to start in (a notice that can no longer change starts with what was sent). */
  defaultMode?: 'live' | 'server';
};

/** The pane. */
export function NoticePreviewPane({ live, template, savedId, dirty, audience, defaultMode = 'live' }: NoticePreviewPaneProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'live' | 'server'>(defaultMode);
  const [participantId, setParticipantId] = useState<string>();
  const server = useNoticePreview(mode === 'server' ? savedId : undefined, participantId);
  const unknown = [...new Set([...unknownVariables(template.subject), ...unknownVariables(template.body)])];

  return (
    <Flex vertical gap={8}>
      {savedId && (
        <Segmented<'live' | 'server'> block size="small" value={mode} onChange={setMode}
          options={[{ value: 'live', label: t('notices.preview.live') }, { value: 'server', label: t('notices.preview.server') }]} />
      )}
      {unknown.length > 0 && <Alert type="warning" showIcon title={t('notices.preview.unknown', { names: unknown.map((n) => `{{${n}}}`).join(' ') })} />}
      {mode === 'live' || !savedId ? (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('notices.preview.liveHint')}</Typography.Text>
          <Letter {...live} />
        </>
      ) : (
        <>
          {dirty && <Alert type="info" showIcon title={t('notices.preview.unsaved')} />}
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} size="small" placeholder={t('notices.preview.pickRecipient')} value={participantId} onChange={setParticipantId}
            options={audience.slice(0, 300).map((p) => ({ value: p.id, label: `${p.personName}${p.unit || p.departmentName ? ` · ${p.departmentName ?? p.unit}` : ''}` }))} />
          {server.isPending ? <Skeleton active paragraph={{ rows: 6 }} /> : server.error ? <Alert type="error" showIcon title={errorMessage(server.error)} />
            : server.data ? <Letter subject={server.data.subject} body={server.data.body} to={server.data.recipientName} /> : <Empty />}
        </>
      )}
    </Flex>
  );
}
