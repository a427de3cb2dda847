/** The directory (`/people`): search by name, phone or unit, filter by department and kind, add and edit, import and export the sheet. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_KINDS, type Person } from '../../../../shared/directory';
import { useCan } from '../../../app/auth';
import { useDebounced } from '../../../app/use-debounced';
import { useDepartmentOptions } from '../../org/api';
import { usePeople } from '../api';
import { PeopleImportExport } from '../components/PeopleImportExport';
import { PersonFormDrawer } from '../components/PersonFormDrawer';

/** The people page. */
export function PeoplePage() {
  const { t } = useTranslation();
  const canManage = useCan('person.manage');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300) || undefined;
  const [departmentId, setDepartmentId] = useState<string>();
  const [kind, setKind] = useState<string>();
  const [page, setPage] = useState({ current: 1, size: 20 });
  const { options: departments } = useDepartmentOptions([departmentId]);
  const { data, isFetching } = usePeople({ q, departmentId, kind, limit: page.size, offset: (page.current - 1) * page.size });
  const [editing, setEditing] = useState<{ open: boolean; person?: Person }>({ open: false });
  const first = () => setPage((p) => ({ ...p, current: 1 }));

  const columns: TableColumnsType<Person> = [
    {
      key: 'name',
      title: t('people.name'),
      render: (_, p) => (
        <Space size={4}>
          {p.name}
          {!p.isActive && <Tag>{t('common.inactive')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'kind', title: t('people.kind'), width: 190,
      render: (_, p) => (
        <Space size={4} wrap>
          <Tag color={p.kind === 'staff' ? 'blue' : 'orange'}>{t(`people.kinds.${p.kind}`)}</Tag>
          {p.kind === 'external' && p.category && <Tag>{t(`peopleExtra.categories.${p.category}`)}</Tag>}
        </Space>
      ),
    },
    { key: 'gender', title: t('peopleExtra.gender'), width: 80, render: (_, p) => (p.gender ? t(`peopleExtra.genders.${p.gender}`) : '—') },
    { key: 'dept', title: t('people.departmentOrUnit'), ellipsis: true, render: (_, p) => p.departmentName ?? p.unit ?? '—' },
    { key: 'title', title: t('people.title'), width: 140, render: (_, p) => p.title ?? '—' },
    { key: 'phone', title: t('people.phone'), width: 140, render: (_, p) => p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : '—' },
    { key: 'email', title: t('people.email'), ellipsis: true, render: (_, p) => p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '—' },
    { key: 'id', title: t('peopleExtra.idNumber'), width: 170, render: (_, p) => (p.idNumberMasked ? <span style={{ fontVariantNumeric: 'tabular-nums' }}>{p.idNumberMasked}</span> : '—') },
    ...(canManage
      ? [{ key: 'edit', title: t('common.actions'), width: 90, render: (_: unknown, p: Person) => <Button type="link" size="small" onClick={() => setEditing({ open: true, person: p })}>{t('common.edit')}</Button> }]
      : []),
  ];

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('people.pageTitle')}</Typography.Title>
        <Space wrap>
          <PeopleImportExport canManage={canManage} />
          {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true })}>{t('people.add')}</Button>}
        </Space>
      </div>
      <Form layout="vertical" component="div">
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item label={t('common.search')} htmlFor="people-q" style={{ marginBottom: 12 }}>
              <Input.Search
                id="people-q"
                allowClear
                placeholder={t('people.searchPlaceholder')}
                value={search}
                onChange={(e) => {
                  setSearch(e.target.value);
                  first();
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('people.department')} htmlFor="people-dept" style={{ marginBottom: 12 }}>
              <Select id="people-dept" allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('common.all')} value={departmentId} options={departments} onChange={(v?: string) => { setDepartmentId(v); first(); }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('people.kind')} htmlFor="people-kind" style={{ marginBottom: 12 }}>
              <Select id="people-kind" allowClear placeholder={t('common.all')} value={kind} options={PERSON_KINDS.map((k) => ({ value: k, label: t(`people.kinds.${k}`) }))} onChange={(v?: string) => { setKind(v); first(); }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Table<Person>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 1200 }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => t('common.total', { count: n }),
          onChange: (current, size) => setPage({ current, size }),
        }}
      />
      <PersonFormDrawer open={editing.open} person={editing.person} onClose={() => setEditing({ open: false })} />
    </>
  );
}
