/** The participant list two ways: an antd Table on wide screens and one card per person on phones, with the same row actions. */
import { DeleteOutlined, EditOutlined, FormOutlined, LinkOutlined, MoreOutlined, PhoneOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Empty, Flex, Pagination, Spin, Table, Tag, Typography, type MenuProps, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_CAPABILITIES, type Participant } from '../../../../shared/participants';
import { formatInstant } from '../../../app/datetime';
import { AttendanceTag, OnBehalfMark } from '../../notices/components/AttendanceTag';
import { roleLabel } from '../../notices/labels';

/** What a row may do, each present only when the user may. */
export type ParticipantActions = {
  onAnswer?: (p: Participant) => void;
  onLink?: (p: Participant) => void;
  onEdit?: (p: Participant) => void;
  onRemove?: (p: Participant) => void;
};

/** Props of both views. */
export type ParticipantListProps = { items: readonly Participant[]; loading: boolean; zone: string; actions: ParticipantActions };

const dash = '—';

function RowActions({ p, actions, compact }: { p: Participant; actions: ParticipantActions; compact?: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const out: ReactNode[] = [];
  const style = compact ? undefined : { paddingInline: 4 };
  // 会务人员 and 记录员 serve the meeting rather than attend it: they fill in no reply slip.
  const replies = ROLE_CAPABILITIES[p.role].replySlip;
  if (actions.onAnswer && replies) {
    out.push(
      <Button key="answer" size="small" type={compact ? 'default' : 'link'} icon={<FormOutlined />} onClick={() => actions.onAnswer!(p)} data-testid="answer-on-behalf" style={style}>
        {t('participantList.answer')}
      </Button>,
    );
  }
  if (actions.onLink && replies) {
    out.push(
      <Button key="link" size="small" type={compact ? 'default' : 'link'} icon={<LinkOutlined />} onClick={() => actions.onLink!(p)} style={style}>
        {t('participantList.link.button')}
      </Button>,
    );
  }
  const confirmRemove = () =>
    modal.confirm({
      title: t('participants.confirmRemove', { name: p.personName }),
      okText: t('common.confirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: () => actions.onRemove!(p),
    });
  const more: MenuProps['items'] = [
    ...(actions.onEdit ? [{ key: 'edit', icon: <EditOutlined />, label: t('common.edit'), onClick: () => actions.onEdit!(p) }] : []),
    ...(actions.onRemove ? [{ key: 'remove', icon: <DeleteOutlined />, danger: true, label: t('participantList.remove'), onClick: confirmRemove }] : []),
  ];
  if (!replies && (actions.onAnswer || actions.onLink)) {
    out.push(<span key="none" className="hw-muted" style={{ fontSize: 12, paddingInline: 4 }}>{t('participantList.noReplySlip')}</span>);
  }
  if (more.length) {
    out.push(
      <Dropdown key="more" menu={{ items: more }} trigger={['click']}>
        <Button size="small" type="text" icon={<MoreOutlined />} aria-label={t('participantList.more', { name: p.personName })} />
      </Dropdown>,
    );
  }
  return <Flex gap={compact ? 8 : 0} wrap={compact} align="center">{out}</Flex>;
}

function Name({ p }: { p: Participant }) {
  const { t } = useTranslation();
  return (
    <Flex gap={6} wrap align="center">
      <span style={{ fontWeight: 500 }}>{p.personName}</span>
      {!p.required && <Tag style={{ marginInlineEnd: 0 }}>{t('participants.optional')}</Tag>}
      {p.answeredOnBehalf && <OnBehalfMark />}
    </Flex>
  );
}

/** The table (client-side pages: a forum list has hundreds of rows). */
export function ParticipantTable({ items, loading, zone, actions }: ParticipantListProps) {
  const { t } = useTranslation();
  const hasActions = Object.values(actions).some(Boolean);
  const columns: TableColumnsType<Participant> = [
    { key: 'name', title: t('participantList.name'), width: 140, fixed: 'start', render: (_, p) => <Name p={p} /> },
    { key: 'unit', title: t('participantList.unit'), ellipsis: true, render: (_, p) => p.departmentName ?? p.unit ?? dash },
    { key: 'title', title: t('participantList.title'), width: 110, ellipsis: true, render: (_, p) => p.title ?? dash },
    { key: 'phone', title: t('participantList.phone'), width: 120, render: (_, p) => p.phone ?? dash },
    { key: 'role', title: t('participantList.role'), width: 96, render: (_, p) => <Tag color="blue" style={{ marginInlineEnd: 0 }}>{roleLabel(p.role)}</Tag> },
    { key: 'group', title: t('participantList.group'), width: 100, ellipsis: true, render: (_, p) => p.groupName ?? dash },
    { key: 'attendance', title: t('participantList.attendance'), width: 92, render: (_, p) => <AttendanceTag attendance={p.attendance} /> },
    { key: 'answeredAt', title: t('participantList.answeredAt'), width: 136, render: (_, p) => (p.answeredAt ? formatInstant(p.answeredAt, zone) : dash) },
    ...(hasActions ? [{ key: 'actions', title: t('common.actions'), width: 230, fixed: 'end' as const, render: (_: unknown, p: Participant) => <RowActions p={p} actions={actions} /> }] : []),
  ];
  return (
    <Table<Participant>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items as Participant[]}
      loading={loading}
      scroll={{ x: 1180 }}
      locale={{ emptyText: t('participantList.empty') }}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: ['20', '50', '100'], showTotal: (n) => t('common.total', { count: n }) }}
      data-testid="participant-table"
    />
  );
}

/** Cards on phones, paged 20 at a time. */
export function ParticipantCards({ items, loading, zone, actions }: ParticipantListProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const size = 20;
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(page, pages);
  if (!loading && items.length === 0) return <Empty description={t('participantList.empty')} />;
  return (
    <Spin spinning={loading}>
      <ul className="hw-card-list" data-testid="participant-cards">
        {items.slice((current - 1) * size, current * size).map((p) => (
          <li key={p.id}>
            <Card size="small">
              <Flex justify="space-between" align="flex-start" gap={8}>
                <Name p={p} />
                <AttendanceTag attendance={p.attendance} />
              </Flex>
              <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, wordBreak: 'break-word' }}>
                {[p.departmentName ?? p.unit, p.title].filter(Boolean).join(' · ') || dash}
              </Typography.Text>
              <Flex wrap gap={6} align="center" style={{ margin: '6px 0' }}>
                <Tag color="blue" style={{ marginInlineEnd: 0 }}>{roleLabel(p.role)}</Tag>
                {p.groupName && <Tag style={{ marginInlineEnd: 0 }}>{p.groupName}</Tag>}
                {p.phone && <a href={`tel:${p.phone}`}><PhoneOutlined /> {p.phone}</a>}
              </Flex>
              {p.answeredAt && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('participantList.answeredLine', { at: formatInstant(p.answeredAt, zone) })}
                </Typography.Text>
              )}
              {Object.values(actions).some(Boolean) && <div style={{ marginTop: 8 }}><RowActions p={p} actions={actions} compact /></div>}
            </Card>
          </li>
        ))}
      </ul>
      {items.length > size && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Pagination simple current={current} pageSize={size} total={items.length} onChange={setPage} />
        </Flex>
      )}
      <div className="hw-muted" style={{ textAlign: 'center', marginTop: 8 }}>{t('common.total', { count: items.length })}</div>
    </Spin>
  );
}
