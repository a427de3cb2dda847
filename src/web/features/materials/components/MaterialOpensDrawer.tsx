/** 谁已查看 / 未查看: who opened a material (first, last, how often, by link or account) and whom the secretariat still has to chase. */
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Empty, Grid, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLE_LABELS, type ParticipantRole } from '../../../../shared/participants';
import { formatInstant } from '../../../app/datetime';
import { errorMessage } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useMaterialOpens, type Material, type MaterialOpens } from '../api';

type Opened = MaterialOpens['opened'][number];
type Waiting = MaterialOpens['notOpened'][number];

/** The drawer; `material` undefined means closed. */
export function MaterialOpensDrawer({ material, zone, onClose }: { material?: Material; zone: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = currentLang();
  const mobile = !Grid.useBreakpoint().md;
  const query = useMaterialOpens(material?.id);
  const opened = query.data?.opened ?? [];
  const waiting = query.data?.notOpened ?? [];

  const openedColumns: TableColumnsType<Opened> = [
    { key: 'name', title: t('materials.opens.name'), render: (_, o) => o.name, width: 110 },
    { key: 'unit', title: t('materials.opens.unit'), render: (_, o) => o.unit ?? '—' },
    { key: 'first', title: t('materials.opens.first'), render: (_, o) => formatInstant(o.firstAt, zone), width: 140 },
    { key: 'last', title: t('materials.opens.last'), render: (_, o) => formatInstant(o.lastAt, zone), width: 140 },
    { key: 'times', title: t('materials.opens.times'), dataIndex: 'times', width: 64, align: 'right' },
    { key: 'via', title: t('materials.opens.via'), render: (_, o) => <Tag style={{ marginInlineEnd: 0 }}>{t(`materials.via.${o.via}`)}</Tag>, width: 110 },
  ];
  const waitingColumns: TableColumnsType<Waiting> = [
    { key: 'name', title: t('materials.opens.name'), render: (_, p) => p.name, width: 110 },
    { key: 'unit', title: t('materials.opens.unit'), render: (_, p) => p.unit ?? '—' },
    { key: 'phone', title: t('materials.opens.phone'), render: (_, p) => (p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : '—'), width: 130 },
    { key: 'role', title: t('materials.opens.role'), render: (_, p) => ROLE_LABELS[p.role as ParticipantRole]?.[lang] ?? p.role, width: 100 },
    { key: 'group', title: t('materials.opens.group'), render: (_, p) => p.groupName ?? '—', width: 110 },
  ];

  const copy = () => {
    const text = waiting.map((p) => [p.name, p.unit, p.phone].filter(Boolean).join('\t')).join('\n');
    void navigator.clipboard?.writeText(text).then(() => message.success(t('materials.opens.copied', { count: waiting.length })));
  };

  const table = <T extends object>(rows: T[], columns: TableColumnsType<T>, key: (r: T) => string, empty: string) =>
    rows.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> : (
      <Table<T> size="small" rowKey={key} columns={columns} dataSource={rows} pagination={rows.length > 50 ? { pageSize: 50 } : false} scroll={{ x: 640 }} />
    );

  return (
    <Drawer open={!!material} onClose={onClose} size={mobile ? '100%' : 760} title={material ? t('materials.opens.title', { title: material.title }) : ''} destroyOnHidden>
      {query.error && <Alert type="error" showIcon title={errorMessage(query.error)} />}
      {query.data && (
        <Tabs
          defaultActiveKey={waiting.length ? 'waiting' : 'opened'}
          items={[
            {
              key: 'waiting', label: t('materials.opens.notOpened', { count: waiting.length }),
              children: (
                <div data-testid="material-not-opened">
                  {waiting.length > 0 && <Button icon={<CopyOutlined />} size="small" onClick={copy} style={{ marginBottom: 8 }}>{t('materials.opens.copy')}</Button>}
                  {table(waiting, waitingColumns, (p) => p.participantId, t('materials.opens.allOpened'))}
                </div>
              ),
            },
            {
              key: 'opened', label: t('materials.opens.opened', { count: opened.length }),
              children: <div data-testid="material-opened">{table(opened, openedColumns, (o) => o.participantId ?? `user:${o.userId}`, t('materials.opens.noneOpened'))}</div>,
            },
          ]}
        />
      )}
    </Drawer>
  );
}
