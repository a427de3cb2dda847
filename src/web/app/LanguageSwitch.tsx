/** 中文 / English switch; saves the choice to the account when signed in. */
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/errors';
import { useChangeLanguage } from '../features/auth/api';
import { currentLang, LANGUAGES } from './i18n';
import { useShowError } from './form-errors';

/** A two-way segmented control for the UI language. */
export function LanguageSwitch({ size }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const change = useChangeLanguage();
  const showError = useShowError();
  return (
    <Segmented<Lang>
      size={size}
      aria-label={t('nav.language')}
      value={currentLang()}
      options={LANGUAGES.map((l) => ({ value: l.lang, label: l.label }))}
      onChange={(lang) => change.mutate(lang, { onError: showError })}
    />
  );
}
