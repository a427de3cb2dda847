/** Invite someone: name, email and roles; the link is shown once, with a copy button, to send by any channel. */
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createInvitationSchema } from '../../../../shared/directory';
import type { Role } from '../../../../shared/roles';
import { applyFieldErrors, clearEditedErrors, useFormErrorHandler, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useCreateInvitation, type InvitationInput } from '../api';
import { roleOptions } from './RoleTags';

type InviteValues = { displayName?: string; email?: string | null; roles?: Role[] };

/** Copies text to the clipboard, falling back to selecting a hidden textarea where the Clipboard API is unavailable (plain http). */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement('textarea');
  area.value = text;
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

/** The invitation dialog. */
export function InviteModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InviteValues>();
  const create = useCreateInvitation();
  const onError = useFormErrorHandler(form);
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      setUrl(null);
      form.resetFields();
    }
  }, [open, form]);

  const onFinish = (v: InviteValues) => {
    const input: InvitationInput = { displayName: (v.displayName ?? '').trim(), email: v.email?.trim() || null, roles: v.roles ?? [] };
    const errors = validateWith(createInvitationSchema, input, currentLang(), 'user');
    if (errors.length) return void applyFieldErrors(form, errors);
    create.mutate(input, { onSuccess: (inv) => setUrl(inv.url ?? null), onError });
  };

  const copy = async () => {
    if (!url) return;
    try {
      await copyText(url);
      void message.success(t('users.copied'));
    } catch {
      void message.error(t('users.copyFailed'));
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.inviteTitle')}
      onCancel={onClose}
      forceRender
      footer={
        url ? (
          <Button type="primary" onClick={onClose}>{t('common.done')}</Button>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>{t('users.createInvitation')}</Button>
          </Space>
        )
      }
    >
      {url ? (
        <>
          <Alert type="success" showIcon title={t('users.invitationCreated')} description={t('users.linkOnce')} style={{ marginBottom: 16 }} />
          <label htmlFor="invitation-url" style={{ display: 'block', marginBottom: 4 }}>{t('users.invitationLink')}</label>
          <Space.Compact style={{ width: '100%' }}>
            <Input id="invitation-url" value={url} readOnly onFocus={(e) => e.target.select()} data-testid="invitation-url" />
            <Button type="primary" icon={<CopyOutlined />} onClick={() => void copy()}>{t('users.copy')}</Button>
          </Space.Compact>
        </>
      ) : (
        <Form<InviteValues>
          name="invitation"
          form={form}
          onValuesChange={(changed) => clearEditedErrors(form, changed)}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ roles: ['member'] }}
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
        </Form>
      )}
    </Modal>
  );
}
