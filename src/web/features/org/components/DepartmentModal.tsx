/** Add or change a department in a dialog (name, code, parent, order, active). */
import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentInputSchema, type Department } from '../../../../shared/directory';
import { clearEditedErrors, useValidatedSave } from '../../../app/form-errors';
import { useCreateDepartment, useDepartments, useUpdateDepartment, type DepartmentInput } from '../api';

type DepartmentValues = { name?: string; code?: string | null; parentId?: string | null; sortOrder?: number | null; isActive?: boolean };

/** The dialog; `department` undefined means a new one. */
export function DepartmentModal({ open, department, onClose }: { open: boolean; department?: Department; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DepartmentValues>();
  const { data: all } = useDepartments();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const submit = useValidatedSave(form, departmentInputSchema, 'department', onClose);

  // Read the count through a ref: a background refetch of the list must not reset what is being typed.
  const count = useRef(0);
  count.current = all?.length ?? 0;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(department ? { ...department } : { isActive: true, sortOrder: (count.current + 1) * 10 });
  }, [open, department, form]);

  const parents = (all ?? []).filter((d) => d.id !== department?.id).map((d) => ({ value: d.id, label: d.name }));

  const onFinish = (v: DepartmentValues) => {
    const input: DepartmentInput = {
      name: (v.name ?? '').trim(),
      code: v.code?.trim() || null,
      parentId: v.parentId ?? null,
      ...(typeof v.sortOrder === 'number' ? { sortOrder: v.sortOrder } : {}),
      isActive: v.isActive ?? true,
    };
    submit(input, (body, done) => (department ? update.mutate({ id: department.id, input: body }, done) : create.mutate(body, done)));
  };

  return (
    <Modal
      open={open}
      title={department ? t('departments.editTitle') : t('departments.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<DepartmentValues>
        name="department"
        form={form}
        onValuesChange={(changed) => clearEditedErrors(form, changed)}
        layout="vertical"
        onFinish={onFinish}
      >
        <Form.Item label={t('departments.name')} name="name" required>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('departments.code')} name="code">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label={t('departments.parent')} name="parentId">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={parents} />
        </Form.Item>
        <Form.Item label={t('departments.sortOrder')} name="sortOrder">
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('departments.active')} name="isActive" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
