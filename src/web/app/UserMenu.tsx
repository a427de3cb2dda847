/** The user menu in the header: who is signed in, language, sign out. */
import { CheckOutlined, DownOutlined, GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Lang } from '../../shared/errors';
import { useChangeLanguage, useLogout } from '../features/auth/api';
import { useMe } from './auth';
import { currentLang, LANGUAGES } from './i18n';
import { useShowError } from './form-errors';

/** Dropdown button with the user's name; `compact` shows the icon only (phones). */
export function UserMenu({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const logout = useLogout();
  const changeLang = useChangeLanguage();
  const showError = useShowError();
  const lang = currentLang();

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div>
          <div style={{ color: 'rgba(0,0,0,.88)' }}>{me.user.displayName}</div>
          <div className="hw-muted" style={{ fontSize: 12 }}>{me.roles.map((r) => t(`roles.${r}`)).join(' · ')}</div>
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'language',
      type: 'group',
      label: <><GlobalOutlined /> {t('nav.language')}</>,
      children: LANGUAGES.map((l) => ({
        key: `lang:${l.lang}`,
        label: l.label,
        icon: l.lang === lang ? <CheckOutlined /> : <span style={{ display: 'inline-block', width: 14 }} />,
      })),
    },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout') },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('lang:')) changeLang.mutate(key.slice(5) as Lang, { onError: showError });
    if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" icon={<UserOutlined />} aria-label={t('nav.userMenu')}>
        {compact ? null : <>{me.user.displayName} <DownOutlined style={{ fontSize: 10 }} /></>}
      </Button>
    </Dropdown>
  );
}
