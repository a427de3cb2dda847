/** The agenda as a timeline: one table per local day (cards on a phone), rows with a warning highlighted. */
import { DeleteOutlined, EditOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Grid, Popconfirm, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/meetings';
import { clockTime } from '../../../../shared/time';
import { currentLang } from '../../../app/i18n';
import { dayHeading, itemsByDay, minutesBetween } from '../agenda-time';
import type { AgendaItem, AgendaWarning } from '../api';
import { KIND_COLORS, kindLabel, warningText } from '../labels';

/** Props: the items, the warnings (rows they name are marked), and the edit and delete actions when the user may edit. */
export type AgendaTimelineProps = {
  meeting: Pick<Meeting, 'timeZone' | 'place'>;
  items: readonly AgendaItem[];
  warnings: readonly AgendaWarning[];
  loading?: boolean;
  emptyText: string;
  onEdit?: (item: AgendaItem) => void;
  onDelete?: (item: AgendaItem) => void;
  deletingId?: string;
};

/** The tables (or cards) by day. */
export function AgendaTimeline({ meeting, items, warnings, loading, emptyText, onEdit, onDelete, deletingId }: AgendaTimelineProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const zone = meeting.timeZone;
  const lang = currentLang();
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const warningsOf = (id: string) => warnings.filter((w) => w.itemIds.includes(id));
  const days = itemsByDay(items, zone);
  const editable = !!onEdit;

  const timeCell = (i: AgendaItem) => {
    const mine = warningsOf(i.id);
    return (
      <div>
        <Flex gap={6} align="center">
          <span className="hw-agenda-time">{clockTime(i.startAt, zone)}–{clockTime(i.endAt, zone)}</span>
          {mine.length > 0 && (
            <Tooltip title={<ul style={{ margin: 0, paddingInlineStart: 16 }}>{mine.map((w, k) => <li key={k}>{warningText(w, t)}</li>)}</ul>}>
              <WarningFilled style={{ color: '#faad14' }} aria-label={t('agenda.hasWarning')} />
            </Tooltip>
          )}
        </Flex>
        <div className="hw-muted" style={{ fontSize: 12 }}>{t('agenda.minutes', { count: minutesBetween(i.startAt, i.endAt) })}</div>
      </div>
    );
  };
  const kindTag = (i: AgendaItem) => <Tag color={KIND_COLORS[i.kind]} style={{ marginInlineEnd: 0 }}>{kindLabel(i.kind)}</Tag>;
  const titleCell = (i: AgendaItem) => (
    <div style={{ minWidth: 0 }}>
      <div className="hw-agenda-title">{i.title}</div>
      {i.materials && <div className="hw-agenda-sub">{t('agenda.materialsLine', { text: i.materials })}</div>}
      {i.notes && <div className="hw-agenda-sub">{t('agenda.notesLine', { text: i.notes })}</div>}
    </div>
  );
  const where = (i: AgendaItem) =>
    i.venueName ?? i.place ?? <span className="hw-muted">{meeting.place ?? t('agenda.mainRoom')}</span>;
  const presenters = (i: AgendaItem) => (i.presenterNames.length ? i.presenterNames.join(sep) : <span className="hw-muted">—</span>);
  const actions = (i: AgendaItem) => (
    <Flex gap={4}>
      <Button size="small" type="text" icon={<EditOutlined />} onClick={() => onEdit?.(i)} aria-label={t('common.edit')} data-testid="agenda-edit" />
      <Popconfirm title={t('agenda.deleteConfirm', { title: i.title })} okText={t('agenda.delete')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={() => onDelete?.(i)}>
        <Button size="small" type="text" danger icon={<DeleteOutlined />} loading={deletingId === i.id} aria-label={t('agenda.delete')} />
      </Popconfirm>
    </Flex>
  );

  const columns: TableColumnsType<AgendaItem> = [
    { key: 'time', title: t('agenda.field.time'), width: 130, render: (_, i) => timeCell(i) },
    { key: 'kind', title: t('agenda.field.kind'), width: 110, render: (_, i) => kindTag(i) },
    { key: 'title', title: t('agenda.field.title'), render: (_, i) => titleCell(i) },
    { key: 'where', title: t('agenda.field.where'), width: 190, render: (_, i) => where(i) },
    { key: 'presenters', title: t('agenda.field.presenters'), width: 170, render: (_, i) => presenters(i) },
    ...(editable ? [{ key: 'actions', title: t('common.actions'), width: 92, render: (_: unknown, i: AgendaItem) => actions(i) }] : []),
  ];

  if (days.length === 0) {
    return loading ? <Card loading size="small" /> : <Empty description={emptyText} style={{ padding: '24px 0' }} />;
  }
  return (
    <Flex vertical gap={16} data-testid="agenda-timeline">
      {days.map((d, n) => (
        <section key={d.day} data-day={d.day}>
          <Typography.Title level={5} style={{ margin: '0 0 8px' }}>
            {days.length > 1 && <span style={{ marginInlineEnd: 8 }}>{t('agenda.dayN', { n: n + 1 })}</span>}
            <span className={days.length > 1 ? 'hw-muted' : undefined} style={{ fontWeight: days.length > 1 ? 400 : undefined }}>{dayHeading(d.startOfDay, zone, lang)}</span>
          </Typography.Title>
          {mobile ? (
            <ul className="hw-card-list">
              {d.items.map((i) => (
                <li key={i.id} data-item={i.id}>
                  <Card size="small" className={warningsOf(i.id).length ? 'hw-agenda-card-warn' : undefined}>
                    <Flex justify="space-between" align="flex-start" gap={8}>
                      {timeCell(i)}
                      <Flex gap={4} align="center">{kindTag(i)}{editable && actions(i)}</Flex>
                    </Flex>
                    <div style={{ marginTop: 6 }}>{titleCell(i)}</div>
                    <div className="hw-agenda-sub" style={{ marginTop: 4 }}>
                      {where(i)}
                      {i.presenterNames.length > 0 && <> · {i.presenterNames.join(sep)}</>}
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          ) : (
            <Table<AgendaItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={d.items}
              pagination={false}
              rowClassName={(i) => (warningsOf(i.id).length ? 'hw-agenda-row-warn' : '')}
              onRow={(i) => ({ 'data-item': i.id } as HTMLAttributes<HTMLElement>)}
              scroll={{ x: 900 }}
            />
          )}
        </section>
      ))}
    </Flex>
  );
}
