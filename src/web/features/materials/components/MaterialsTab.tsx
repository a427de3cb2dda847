/** 会议材料 tab: upload (for the secretariat and 会务 staff), the list with format, agenda item, size, who may see it, uploader and time, who opened each, downloads and deletion. */
import { DeleteOutlined, DownloadOutlined, EditOutlined, EyeOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Select, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_POLICY } from '../../../../shared/policy';
import type { Meeting } from '../../../../shared/meetings';
import { useCan, useMe } from '../../../app/auth';
import { formatInstant } from '../../../app/datetime';
import { errorMessage, useShowError } from '../../../app/form-errors';
import { useAgenda } from '../../agenda/api';
import { materialKeys, materialUrl, useDeleteMaterial, useMaterials, useUpdateMaterial, type Material } from '../api';
import { FormatIcon, formatSize, VisibilityTag } from './material-ui';
import { MaterialEditModal } from './MaterialEditModal';
import { MaterialOpensDrawer } from './MaterialOpensDrawer';
import { MaterialUpload, useVisibilityOptions } from './MaterialUpload';

/** The tab. */
export function MaterialsTab({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const manage = useCan('material.manage');
  const client = useQueryClient();
  const list = useMaterials(meeting.id);
  const agenda = useAgenda(meeting.id);
  const update = useUpdateMaterial(meeting.id);
  const remove = useDeleteMaterial(meeting.id);
  const showError = useShowError();
  const visibilityOptions = useVisibilityOptions();
  const [editing, setEditing] = useState<Material>();
  const [opens, setOpens] = useState<Material>();
  const items = list.data ?? [];
  const agendaItems = (agenda.data?.items ?? []).map((i) => ({ id: i.id, title: i.title }));
  const maxMb = me.org.policy.materialMaxMb ?? DEFAULT_POLICY.materialMaxMb;
  const zone = meeting.timeZone;

  // Opening a file is recorded: read the counts again shortly after.
  const opened = () => manage && setTimeout(() => void client.invalidateQueries({ queryKey: materialKeys.meeting(meeting.id) }), 1000);
  const onDelete = (m: Material) => remove.mutate(m.id, { onSuccess: () => void message.success(t('materials.deleted', { title: m.title })), onError: showError });

  const columns: TableColumnsType<Material> = [
    {
      key: 'title', title: t('materials.col.title'),
      render: (_, m) => (
        <Space align="start" size={8}>
          <FormatIcon format={m.format} size={22} style={{ marginTop: 2 }} />
          <div style={{ minWidth: 0 }}>
            <a href={materialUrl(m.id)} target={m.format === 'pdf' ? '_blank' : undefined} rel="noopener" onClick={opened} style={{ wordBreak: 'break-word' }} data-testid="material-title">{m.title}</a>
            <div className="hw-muted" style={{ fontSize: 12, wordBreak: 'break-all' }}>{m.fileName}</div>
          </div>
        </Space>
      ),
    },
    { key: 'agenda', title: t('materials.col.agendaItem'), width: 160, render: (_, m) => m.agendaItemTitle ?? <span className="hw-muted">{t('materials.wholeMeeting')}</span> },
    { key: 'size', title: t('materials.col.size'), width: 90, align: 'right', render: (_, m) => formatSize(m.sizeBytes) },
    {
      key: 'visibility', title: t('materials.col.visibility'), width: manage ? 200 : 130,
      render: (_, m) => manage ? (
        <Select size="small" value={m.visibility} options={visibilityOptions} style={{ width: 180 }} aria-label={t('materials.col.visibility')} data-testid="material-visibility"
          loading={update.isPending && update.variables?.id === m.id}
          onChange={(visibility) => update.mutate({ id: m.id, input: { visibility } }, { onSuccess: () => void message.success(t('materials.saved')), onError: showError })} />
      ) : <VisibilityTag visibility={m.visibility} />,
    },
    {
      key: 'uploaded', title: t('materials.col.uploadedAt'), width: 150,
      render: (_, m) => (
        <div>
          <div>{formatInstant(m.createdAt, zone)}</div>
          {m.uploaderName && <div className="hw-muted" style={{ fontSize: 12 }}>{m.uploaderName}</div>}
        </div>
      ),
    },
    ...(manage ? [{
      key: 'opens', title: t('materials.col.opens'), width: 130,
      render: (_: unknown, m: Material) => (
        <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setOpens(m)} style={{ paddingInline: 0 }} data-testid="material-opens">
          {m.opens && m.opens.people > 0 ? t('materials.opensCount', { people: m.opens.people, times: m.opens.times }) : t('materials.noOpens')}
        </Button>
      ),
    }] : []),
    {
      key: 'actions', title: t('materials.col.actions'), width: manage ? 120 : 70,
      render: (_, m) => (
        <Space size={0}>
          <Tooltip title={m.format === 'pdf' ? t('materials.open') : t('materials.download')}>
            <Button type="text" size="small" icon={<DownloadOutlined />} href={materialUrl(m.id)} target={m.format === 'pdf' ? '_blank' : undefined} onClick={opened}
              aria-label={t('materials.download')} data-testid="material-download" />
          </Tooltip>
          {manage && (
            <Tooltip title={t('materials.edit')}>
              <Button type="text" size="small" icon={<EditOutlined />} onClick={() => setEditing(m)} aria-label={t('materials.edit')} data-testid="material-edit" />
            </Tooltip>
          )}
          {manage && (
            <Popconfirm title={t('materials.deleteConfirm', { title: m.title })} description={t('materials.deleteHint')} okText={t('materials.delete')} okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')} onConfirm={() => onDelete(m)}>
              <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('materials.delete')} loading={remove.isPending && remove.variables === m.id} data-testid="material-delete" />
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      {manage && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <MaterialUpload meetingId={meeting.id} agendaItems={agendaItems} maxMb={maxMb} />
        </Card>
      )}
      <Card size="small" title={t('materials.title', { count: items.length })} data-testid="materials-tab">
        {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
        <Table<Material>
          rowKey="id" size="small" columns={columns} dataSource={items} loading={list.isPending} pagination={false} scroll={{ x: manage ? 1100 : 820 }}
          locale={{ emptyText: <Typography.Text type="secondary">{manage ? t('materials.emptyManager') : t('materials.empty')}</Typography.Text> }}
          data-testid="material-table"
        />
        {manage && items.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>{t('materials.linkNote', { variable: '{{materials}}' })}</Typography.Paragraph>
        )}
      </Card>
      {manage && <MaterialEditModal meetingId={meeting.id} material={editing} agendaItems={agendaItems} onClose={() => setEditing(undefined)} />}
      {manage && <MaterialOpensDrawer material={opens} zone={zone} onClose={() => setOpens(undefined)} />}
    </>
  );
}
