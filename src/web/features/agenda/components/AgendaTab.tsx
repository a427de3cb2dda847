/** 议程 tab: the timeline by day with add / edit / delete, the checks, publishing with the version tag and changelog, exports, and the link to the run of show. */
import { CloudUploadOutlined, DesktopOutlined, FilePptOutlined, FileWordOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Popconfirm, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Meeting } from '../../../../shared/meetings';
import { useCan } from '../../../app/auth';
import { errorMessage, useShowError } from '../../../app/form-errors';
import { agendaExportUrl, useAgenda, useDeleteAgendaItem, usePublishAgenda, type AgendaItem, type AgendaState } from '../api';
import '../agenda.css';
import { AgendaItemDrawer } from './AgendaItemDrawer';
import { AgendaTimeline } from './AgendaTimeline';
import { AgendaVersions } from './AgendaVersions';
import { AgendaWarnings } from './AgendaWarnings';

/** Meeting states in which the server lets the agenda change. */
const AGENDA_EDITABLE = ['draft', 'planned', 'approved', 'notified', 'in_progress'];

/** 第 N 版 / 未发布, and 有未发布的修改 while the draft differs from it. */
export function AgendaVersionTag({ agenda }: { agenda: Pick<AgendaState, 'publishedVersion' | 'dirty'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap data-testid="agenda-version">
      {agenda.publishedVersion === null
        ? <Tag style={{ marginInlineEnd: 0 }}>{t('agenda.unpublished')}</Tag>
        : <Tag color={agenda.dirty ? 'default' : 'green'} style={{ marginInlineEnd: 0 }}>{t('agenda.versionN', { n: agenda.publishedVersion })}</Tag>}
      {agenda.dirty && agenda.publishedVersion !== null && <Tag color="orange" style={{ marginInlineEnd: 0 }}>{t('agenda.dirty')}</Tag>}
    </Space>
  );
}

/** The tab. */
export function AgendaTab({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canWrite = useCan('meeting.write');
  const canEdit = canWrite && AGENDA_EDITABLE.includes(meeting.status);
  const query = useAgenda(meeting.id);
  const remove = useDeleteAgendaItem(meeting.id);
  const publish = usePublishAgenda(meeting.id);
  const showError = useShowError();
  const [drawer, setDrawer] = useState<{ item?: AgendaItem } | null>(null);
  const agenda = query.data;
  const items = agenda?.items ?? [];
  const nextVersion = (agenda?.publishedVersion ?? 0) + 1;

  const onDelete = (item: AgendaItem) =>
    remove.mutate(item.id, { onSuccess: () => void message.success(t('agenda.deleted', { title: item.title })), onError: showError });
  const onPublish = () =>
    publish.mutate(undefined, { onSuccess: (a) => void message.success(t('agenda.published', { n: a.publishedVersion ?? nextVersion })), onError: showError });

  const exports = (
    <Space.Compact>
      <Button icon={<FilePptOutlined />} href={agendaExportUrl(meeting.id, 'pptx')} download title={t('agenda.export.pptxHint')} data-testid="agenda-pptx">{t('agenda.export.pptx')}</Button>
      <Button icon={<FileWordOutlined />} href={agendaExportUrl(meeting.id, 'docx')} download data-testid="agenda-docx">{t('agenda.export.docx')}</Button>
      <Button icon={<PrinterOutlined />} href={agendaExportUrl(meeting.id, 'html')} target="_blank" rel="noopener" data-testid="agenda-print">{t('agenda.export.print')}</Button>
    </Space.Compact>
  );

  return (
    <>
      <Card
        size="small"
        style={{ marginBottom: 16 }}
        title={
          <Flex gap={8} align="center" wrap style={{ paddingBlock: 4 }}>
            <span>{t('agenda.title', { count: items.length })}</span>
            {agenda && <AgendaVersionTag agenda={agenda} />}
          </Flex>
        }
      >
        <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
          <Flex wrap gap={8}>
            {canEdit && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({})} data-testid="agenda-add">{t('agenda.add')}</Button>}
            {canEdit && (
              <Popconfirm
                title={t('agenda.publishConfirm', { n: nextVersion })}
                description={<div style={{ maxWidth: 300 }}>{t('agenda.publishHint')}</div>}
                okText={t('agenda.publish')}
                cancelText={t('common.cancel')}
                onConfirm={onPublish}
                disabled={!agenda?.dirty}
              >
                <Tooltip title={agenda && !agenda.dirty ? t('agenda.publishDisabled') : undefined}>
                  <Button icon={<CloudUploadOutlined />} disabled={!agenda?.dirty} loading={publish.isPending} data-testid="agenda-publish">{t('agenda.publish')}</Button>
                </Tooltip>
              </Popconfirm>
            )}
          </Flex>
          <Flex wrap gap={8}>
            {exports}
            <Button icon={<DesktopOutlined />} onClick={() => navigate(`/meetings/${encodeURIComponent(meeting.id)}/run`)} data-testid="agenda-run-link">{t('agenda.runLink')}</Button>
          </Flex>
        </Flex>

        {query.error && <Alert type="error" showIcon title={errorMessage(query.error)} style={{ marginBottom: 12 }} />}
        {canWrite && !canEdit && <Alert type="info" showIcon title={t('agenda.readOnly')} style={{ marginBottom: 12 }} />}
        <AgendaWarnings warnings={agenda?.warnings ?? []} title={t('agenda.savedWarnings', { count: agenda?.warnings.length ?? 0 })} style={{ marginBottom: 16 }} />

        <AgendaTimeline
          meeting={meeting}
          items={items}
          warnings={agenda?.warnings ?? []}
          loading={query.isPending}
          emptyText={canEdit ? t('agenda.emptyWriter') : t('agenda.empty')}
          onEdit={canEdit ? (item) => setDrawer({ item }) : undefined}
          onDelete={canEdit ? onDelete : undefined}
          deletingId={remove.isPending ? remove.variables : undefined}
        />
      </Card>

      <Card size="small" title={t('agenda.versions.title')}>
        <AgendaVersions versions={agenda?.versions ?? []} zone={meeting.timeZone} />
      </Card>

      {canEdit && <AgendaItemDrawer open={drawer !== null} meeting={meeting} items={items} item={drawer?.item} onClose={() => setDrawer(null)} />}
    </>
  );
}
