/** Sign-in page: username and password; shows the server's message (wrong password, too many attempts). */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { PageLoading } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { useLogin, useMeQuery } from '../api';

type LoginValues = { username: string; password: string };

/** Where to go after signing in: back to the page that sent us here, else the meeting list. */
function useReturnPath(): string {
  const from = (useLocation().state as { from?: string } | null)?.from;
  return from && from.startsWith('/') && !from.startsWith('/login') ? from : '/meetings';
}

/** The login page (`/login`). */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const me = useMeQuery();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);

  if (me.isPending) return <PageLoading />;
  if (me.data) return <Navigate to={returnPath} replace />;

  const onFinish = (values: LoginValues) => {
    setError(null);
    login.mutate(values, {
      onSuccess: () => navigate(returnPath, { replace: true }),
      onError: (err) => setError(errorMessage(err)),
    });
  };

  return (
    <div className="hw-auth-page">
      <Card className="hw-auth-card">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
          <span className="hw-brand"><span className="hw-brand-mark">会</span>{t('app.name')}</span>
          <LanguageSwitch size="small" />
        </div>
        <Typography.Title level={3} style={{ marginTop: 16 }}>{t('auth.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.subtitle')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<LoginValues>
          name="login"
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
          autoComplete="on"
        >
          <Form.Item label={t('auth.username')} name="username" rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label={t('auth.password')} name="password" rules={[{ required: true, message: t('auth.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
