/** The policy warnings as a warning box; they advise, they never block saving. */
import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyWarning } from '../../../../shared/policy';
import { policyWarningText } from '../policy-text';

/** An antd warning Alert listing the warnings; nothing when there are none. */
export function PolicyWarnings({ warnings, style }: { warnings: readonly PolicyWarning[]; style?: CSSProperties }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const texts = warnings.map((w) => policyWarningText(w, t));
  return (
    <Alert
      data-testid="policy-warnings"
      type="warning"
      showIcon
      style={style}
      title={t('policy.title')}
      description={
        texts.length === 1 ? texts[0] : <ul style={{ margin: 0, paddingInlineStart: 18 }}>{texts.map((s) => <li key={s}>{s}</li>)}</ul>
      }
    />
  );
}
