/** Edit an account: name, email, roles, linked person, active. */
import { Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { updateUserSchema, type User } from '../../../../shared/directory';
import type { Role } from '../../../../shared/roles';
import { clearEditedErrors, useValidatedSave } from '../../../app/form-errors';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useUpdateUser, type UserPatch } from '../api';
import { roleOptions } from './RoleTags';

type UserValues = { displayName?: string; email?: string | null; roles?: Role[]; personId?: string | null; isActive?: boolean };

/** The dialog for one account. */
export function UserEditModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserValues>();
  const update = useUpdateUser();
  const submit = useValidatedSave(form, updateUserSchema, 'user', onClose);

  useEffect(() => {
    if (user) {
      form.resetFields();
      form.setFieldsValue(user);
    }
  }, [user, form]);

  const onFinish = (v: UserValues) => {
    if (!user) return;
    const patch: UserPatch = {
      displayName: (v.displayName ?? '').trim(),
      email: v.email?.trim() || null,
      roles: v.roles ?? [],
      personId: v.personId ?? null,
      isActive: v.isActive ?? true,
    };
    submit(patch, (body, done) => update.mutate({ id: user.id, patch: body }, done));
  };

  return (
    <Modal
      open={!!user}
      title={t('users.editTitle', { username: user?.username ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<UserValues>
        name="user"
        form={form}
        onValuesChange={(changed) => clearEditedErrors(form, changed)}
        layout="vertical"
        onFinish={onFinish}
      >
        <Form.Item label={t('users.displayName')} name="displayName" required>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('users.email')} name="email">
          <Input type="email" maxLength={200} />
        </Form.Item>
        <Form.Item label={t('users.roles')} name="roles" required>
          <Select mode="multiple" options={roleOptions(t)} />
        </Form.Item>
        <Form.Item label={t('users.person')} name="personId" extra={t('users.personHint')}>
          <PersonSelect initialLabel={user?.displayName} />
        </Form.Item>
        <Form.Item label={t('users.active')} name="isActive" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
