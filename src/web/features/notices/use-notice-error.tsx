/** How a refused notice action is shown: `notice_incomplete` lists the missing items, anything else is a toast with the server's message. */
import { CloseCircleFilled } from '@ant-design/icons';
import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLETENESS_ITEMS, type CompletenessItem } from '../../../shared/notices';
import { isApiError } from '../../app/api-client';
import { useShowError } from '../../app/form-errors';
import { itemKey } from './labels';

/** The missing items an error names, if it is `notice_incomplete`. */
export function missingOf(err: unknown): CompletenessItem[] | null {
  if (!isApiError(err) || err.code !== 'notice_incomplete') return null;
  const listed = (err.details?.missing as string[] | undefined) ?? err.fields.map((f) => f.field.replace(/^missing\./, ''));
  return COMPLETENESS_ITEMS.filter((i) => listed.includes(i));
}

/** Returns the handler. */
export function useNoticeError(): (err: unknown) => void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const showError = useShowError();
  return useCallback(
    (err: unknown) => {
      const missing = missingOf(err);
      if (!missing) return showError(err);
      modal.error({
        title: t('notices.incomplete.title'),
        content: (
          <div data-testid="notice-incomplete">
            <p style={{ marginTop: 0 }}>{t('notices.incomplete.intro')}</p>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {missing.map((m) => (
                <li key={m} style={{ padding: '2px 0' }}>
                  <CloseCircleFilled style={{ color: '#ff4d4f', marginInlineEnd: 8 }} />
                  {t(itemKey(m))}
                </li>
              ))}
            </ul>
          </div>
        ),
      });
    },
    [modal, showError, t],
  );
}
