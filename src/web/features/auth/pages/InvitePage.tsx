/** Accepting an invitation: shows who invited you to what, then you choose a login name and password and are signed in. */
import { Alert, Button, Card, Descriptions, Form, Input, Result, Space, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { acceptInvitationSchema, MIN_PASSWORD } from '../../../../shared/directory';
import { applyFieldErrors, clearEditedErrors, errorMessage, useFormErrorHandler, validateWith } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { useAcceptInvitation, useInvitationPreview } from '../api';

type InviteValues = { username: string; password: string; confirm: string };

/** The invitation page (`/invite/:token`). */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation();
  const [form] = Form.useForm<InviteValues>();
  const onError = useFormErrorHandler(form);

  const onFinish = (values: InviteValues) => {
    const input = { token, username: values.username ?? '', password: values.password ?? '' };
    const errors = validateWith(acceptInvitationSchema, input, currentLang());
    if (values.password !== values.confirm) {
      errors.push({ field: 'confirm', reason: 'mismatch', message: t('invite.passwordMismatch') });
    }
    if (errors.length) {
      applyFieldErrors(form, errors);
      return;
    }
    accept.mutate(input, { onSuccess: () => navigate('/meetings', { replace: true }), onError });
  };

  let body: ReactNode;
  if (preview.isPending) body = <div style={{ textAlign: 'center', padding: 32 }}><Spin /></div>;
  else if (preview.error) body = <Result status="warning" title={errorMessage(preview.error)} subTitle={t('invite.askAgain')} />;
  else {
    const inv = preview.data;
    body = (
      <>
        <Typography.Title level={3} style={{ marginTop: 16 }}>{t('invite.title', { org: inv.orgName })}</Typography.Title>
        <Descriptions
          column={1}
          size="small"
          bordered
          style={{ marginBottom: 16 }}
          items={[
            { key: 'org', label: t('invite.org'), children: inv.orgName },
            { key: 'name', label: t('invite.name'), children: inv.displayName },
            ...(inv.email ? [{ key: 'email', label: t('users.email'), children: inv.email }] : []),
            {
              key: 'roles',
              label: t('users.roles'),
              children: <Space size={[4, 4]} wrap>{inv.roles.map((r) => <Tag key={r} color="blue">{t(`roles.${r}`, r)}</Tag>)}</Space>,
            },
          ]}
        />
        <Alert type="info" showIcon title={t('invite.hint', { min: MIN_PASSWORD })} style={{ marginBottom: 16 }} />
        <Form<InviteValues>
          name="invite"
          form={form}
          onValuesChange={(changed) => clearEditedErrors(form, changed)}
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
        >
          <Form.Item label={t('auth.username')} name="username" extra={t('invite.usernameHint')}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item label={t('auth.password')} name="password">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item label={t('invite.confirm')} name="confirm">
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={accept.isPending}>
            {t('invite.submit')}
          </Button>
        </Form>
      </>
    );
  }

  return (
    <div className="hw-auth-page">
      <Card className="hw-auth-card" style={{ maxWidth: 460 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <span className="hw-brand"><span className="hw-brand-mark">会</span>{t('app.name')}</span>
          <LanguageSwitch size="small" />
        </div>
        {body}
      </Card>
    </div>
  );
}
