/** The meeting's check-in lists with their rules; the secretariat adds, edits and removes them. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinList } from '../../../../shared/checkin';
import { ROLE_LABELS, type ParticipantRole } from '../../../../shared/participants';
import { formatInstant } from '../../../app/datetime';
import { useShowError } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useDeleteCheckinList } from '../api';
import { CheckinListDrawer } from './CheckinListDrawer';
import { listName } from '../list-name';

/** The card. */
export function CheckinListsCard({ meetingId, zone, lists, canEdit }: { meetingId: string; zone: string; lists: readonly CheckinList[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const lang = currentLang();
  const remove = useDeleteCheckinList(meetingId);
  const [editing, setEditing] = useState<{ list?: CheckinList } | null>(null);

  const who = (l: CheckinList) => {
    const parts = [...(l.allowedRoles ?? []).map((r) => ROLE_LABELS[r as ParticipantRole]?.[lang] ?? r), ...(l.allowedGroups ?? [])];
    return parts.length ? parts.join('、') : t('checkin.lists.everyone');
  };
  const hours = (l: CheckinList) =>
    l.opensAt === null && l.closesAt === null ? t('checkin.lists.always') : `${l.opensAt !== null ? formatInstant(l.opensAt, zone) : ''} – ${l.closesAt !== null ? formatInstant(l.closesAt, zone) : ''}`;

  return (
    <Card
      size="small"
      title={t('checkin.lists.title')}
      style={{ marginBottom: 16 }}
      extra={canEdit && <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="checkin-list-add">{t('checkin.lists.add')}</Button>}
    >
      <ul className="hw-checkin-lists" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {lists.map((l) => (
          <li key={l.id} data-testid="checkin-list-row" style={{ display: 'flex', gap: 8, alignItems: 'flex-start', padding: '8px 0', borderTop: '1px solid rgba(0,0,0,.06)' }}>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Space size={6} wrap>
                <Typography.Text strong>{listName(l.name)}</Typography.Text>
                <Tag>{t(`checkin.kind.${l.kind}`)}</Tag>
                {l.trackExit && <Tag color="blue">{t('checkin.lists.exit')}</Tag>}
                {l.allowReentry && <Tag color="cyan">{t('checkin.lists.reentry')}</Tag>}
              </Space>
              <div style={{ color: 'rgba(0,0,0,.55)', fontSize: 13 }}>{who(l)} · {t('checkin.lists.windowLine', { window: hours(l) })}</div>
            </div>
            {canEdit && (
              <Space size={0}>
                <Button type="text" icon={<EditOutlined />} aria-label={t('checkin.lists.edit')} onClick={() => setEditing({ list: l })} />
                <Popconfirm
                  title={t('checkin.lists.deleteConfirm', { name: listName(l.name) })}
                  onConfirm={() => remove.mutate(l.id, { onSuccess: () => void message.success(t('checkin.lists.deleted')), onError: showError })}
                >
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('checkin.lists.delete')} />
                </Popconfirm>
              </Space>
            )}
          </li>
        ))}
      </ul>
      <CheckinListDrawer open={editing !== null} meetingId={meetingId} zone={zone} list={editing?.list} onClose={() => setEditing(null)} />
    </Card>
  );
}
