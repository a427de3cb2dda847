/** Departments (`/admin/departments`): the organisation's units in order, with add and edit. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../../shared/directory';
import { useDepartmentNames, useDepartments } from '../api';
import { DepartmentModal } from '../components/DepartmentModal';

/** The departments page. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const { data, isFetching } = useDepartments();
  const names = useDepartmentNames();
  const [editing, setEditing] = useState<{ open: boolean; department?: Department }>({ open: false });

  const columns: TableColumnsType<Department> = [
    { key: 'name', title: t('departments.name'), render: (_, d) => d.name },
    { key: 'code', title: t('departments.code'), width: 140, render: (_, d) => d.code ?? '—' },
    { key: 'parent', title: t('departments.parent'), render: (_, d) => (d.parentId ? (names.get(d.parentId) ?? '—') : '—') },
    { key: 'sort', title: t('departments.sortOrder'), width: 100, render: (_, d) => d.sortOrder },
    { key: 'active', title: t('common.status'), width: 100, render: (_, d) => <Tag color={d.isActive ? 'green' : 'default'}>{d.isActive ? t('common.active') : t('common.inactive')}</Tag> },
    { key: 'edit', title: t('common.actions'), width: 90, render: (_, d) => <Button type="link" size="small" onClick={() => setEditing({ open: true, department: d })}>{t('common.edit')}</Button> },
  ];

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('departments.pageTitle')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true })}>{t('departments.add')}</Button>
      </div>
      <Table<Department> rowKey="id" size="middle" columns={columns} dataSource={data ?? []} loading={isFetching} pagination={false} scroll={{ x: 700 }} />
      <DepartmentModal open={editing.open} department={editing.department} onClose={() => setEditing({ open: false })} />
    </>
  );
}
