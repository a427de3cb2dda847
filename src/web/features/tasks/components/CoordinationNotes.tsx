/** 协调会 notes under a meeting's tasks: each meeting of the 会务组 with its decisions and where the tasks they concern stand now. */
import { DeleteOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../app/datetime';
import { errorMessage } from '../../../app/form-errors';
import type { Task } from '../api';
import { useCoordinationNotes, useDeleteCoordinationNote, type CoordinationNote, type Decision } from '../coordination-api';
import { CoordinationNoteDrawer } from './CoordinationNoteDrawer';

const STATUS_COLOR: Record<string, string> = { open: 'processing', done: 'success', cancelled: 'default' };

/** The card with the notes and the drawer to write one. */
export function CoordinationNotes({ meetingId, timeZone, canEdit, tasks }: { meetingId: string; timeZone: string; canEdit: boolean; tasks: Task[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notes = useCoordinationNotes(meetingId);
  const remove = useDeleteCoordinationNote(meetingId);
  const [editing, setEditing] = useState<{ note?: CoordinationNote } | null>(null);

  const decision = (d: Decision) => (
    <List.Item key={d.id} style={{ paddingInline: 0 }} data-testid="decision">
      <Flex vertical gap={2} style={{ width: '100%' }}>
        <Typography.Text>{d.text}</Typography.Text>
        {d.taskId && (
          <Flex gap={6} wrap align="center" style={{ fontSize: 12 }}>
            <span className="hw-muted">{t('coordination.concerns')}</span>
            <Typography.Text strong style={{ fontSize: 12 }}>{d.taskTitle}</Typography.Text>
            {d.taskStatus && <Tag color={STATUS_COLOR[d.taskStatus]} style={{ marginInlineEnd: 0 }}>{t(`tasks.status.${d.taskStatus}`)}</Tag>}
            {d.taskOwnerName && <span className="hw-muted">{d.taskOwnerName}</span>}
            {d.taskDueAt !== null && <span className="hw-muted">{formatInstant(d.taskDueAt, timeZone)}</span>}
          </Flex>
        )}
      </Flex>
    </List.Item>
  );

  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={<span><TeamOutlined style={{ marginInlineEnd: 6 }} />{t('coordination.title')}</span>}
      extra={canEdit && <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="coordination-add">{t('coordination.add')}</Button>}
      data-testid="coordination-notes"
    >
      {notes.data?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('coordination.empty')} />}
      {notes.error && <Typography.Text type="danger">{errorMessage(notes.error)}</Typography.Text>}
      <Flex vertical gap={12}>
        {(notes.data ?? []).map((n) => (
          <div key={n.id} data-testid="coordination-note" style={{ borderInlineStart: '3px solid #d9d9d9', paddingInlineStart: 12 }}>
            <Flex justify="space-between" align="flex-start" gap={8} wrap>
              <div>
                <Typography.Text strong>{n.title}</Typography.Text>
                <div className="hw-muted" style={{ fontSize: 12 }}>
                  {formatInstant(n.heldAt, timeZone)}{n.attendees && ` · ${n.attendees}`}{n.createdByName && ` · ${t('coordination.recordedBy', { name: n.createdByName })}`}
                </div>
              </div>
              {canEdit && (
                <span>
                  <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('tasks.edit')} onClick={() => setEditing({ note: n })} />
                  <Popconfirm title={t('coordination.deleteConfirm')} okText={t('coordination.delete')} cancelText={t('tasks.cancel')}
                    onConfirm={() => remove.mutate(n.id, { onError: (e) => void message.error(errorMessage(e)) })}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('coordination.delete')} />
                  </Popconfirm>
                </span>
              )}
            </Flex>
            {n.body && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '6px 0' }}>{n.body}</Typography.Paragraph>}
            {n.decisions.length > 0 && (
              <>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('coordination.field.decisions')}</Typography.Text>
                <List size="small" dataSource={n.decisions} renderItem={decision} />
              </>
            )}
          </div>
        ))}
      </Flex>
      <CoordinationNoteDrawer open={editing !== null} meetingId={meetingId} timeZone={timeZone} note={editing?.note} count={notes.data?.length ?? 0} tasks={tasks} onClose={() => setEditing(null)} />
    </Card>
  );
}
