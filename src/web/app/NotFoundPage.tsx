/** Shown for an address the app does not know. */
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** The 404 page inside the shell. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('errors.pageNotFound')}
      extra={<Button type="primary" onClick={() => navigate('/meetings')}>{t('nav.backToMeetings')}</Button>}
    />
  );
}
