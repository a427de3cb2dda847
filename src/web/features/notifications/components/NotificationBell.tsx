/** The bell in the header: unread count, a dropdown of recent notifications (a click marks it read and follows its link), mark all read. */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../../app/auth';
import { formatInstant } from '../../../app/datetime';
import { useShowError } from '../../../app/form-errors';
import { useMarkRead, useNotifications, type AppNotification } from '../api';
import './bell.css';

/** The bell with its popover. */
export function NotificationBell() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const showError = useShowError();
  const list = useNotifications();
  const mark = useMarkRead();
  const [open, setOpen] = useState(false);
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const follow = (n: AppNotification) => {
    if (!n.readAt) mark.mutate([n.id], { onError: showError });
    setOpen(false);
    if (n.link) navigate(n.link);
  };

  const content = (
    <div className="hw-bell-panel" data-testid="notification-list">
      <Flex justify="space-between" align="center" className="hw-bell-head">
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button type="link" size="small" disabled={unread === 0} loading={mark.isPending && !mark.variables} onClick={() => mark.mutate(undefined, { onError: showError })}>
          {t('notifications.markAll')}
        </Button>
      </Flex>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <ul className="hw-bell-list">
          {items.slice(0, 30).map((n) => (
            <li key={n.id}>
              <button type="button" className={`hw-bell-item${n.readAt ? '' : ' is-unread'}`} onClick={() => follow(n)}>
                <span className="hw-bell-text">{n.text}</span>
                <span className="hw-bell-time">{formatInstant(n.createdAt, me.org.timeZone)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} arrow={false}>
      <Button type="text" data-testid="notification-bell" aria-label={t('notifications.bell', { count: unread })}
        icon={<Badge count={unread} size="small" offset={[4, -2]}><BellOutlined style={{ fontSize: 18 }} /></Badge>} />
    </Popover>
  );
}
