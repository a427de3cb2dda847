/** The organisation's playbooks to pick one to edit (name, step count, built-in tag), and the deleted built-in ones to restore. */
import { App, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PLAYBOOKS } from '../../../../shared/playbook-defaults';
import { useShowError } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { useResetPlaybook, type Playbook } from '../playbook-api';

/** Props: the playbooks, the one selected, and whether the reader may restore deleted built-in ones. */
export type PlaybookListProps = { playbooks: readonly Playbook[]; selectedId: string | undefined; canManage: boolean; loading: boolean; onSelect: (id: string) => void };

/** The list. */
export function PlaybookList({ playbooks, selectedId, canManage, loading, onSelect }: PlaybookListProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const reset = useResetPlaybook();
  const lang = currentLang();
  const deleted = loading ? [] : DEFAULT_PLAYBOOKS.filter((d) => !playbooks.some((p) => p.key === d.key));

  return (
    <Card size="small" title={t('playbookEditor.listTitle')} loading={loading} data-testid="playbook-list">
      <ul role="listbox" aria-label={t('playbookEditor.listTitle')} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', margin: 0, padding: 0 }}>
        {playbooks.map((p) => {
          const selected = p.id === selectedId;
          return (
            <li
              key={p.id}
              role="option"
              aria-selected={selected}
              tabIndex={0}
              onClick={() => onSelect(p.id)}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onSelect(p.id)}
              data-testid={`playbook-item-${p.key}`}
              style={{
                cursor: 'pointer', padding: '8px 12px', borderRadius: 6, flex: '1 1 220px', maxWidth: 360, boxSizing: 'border-box',
                background: selected ? '#e6f4ff' : '#fafafa', border: `1px solid ${selected ? '#1677ff' : '#f0f0f0'}`,
              }}
            >
              <Typography.Text strong={selected} style={{ display: 'block', wordBreak: 'break-word' }}>{p.name}</Typography.Text>
              <Flex gap={4} wrap style={{ marginTop: 4 }}>
                {p.builtIn && <Tag color="blue" style={{ marginInlineEnd: 0 }}>{t('playbookEditor.builtIn')}</Tag>}
                <Tag style={{ marginInlineEnd: 0 }}>{t('playbookEditor.stepCount', { count: p.steps.length })}</Tag>
              </Flex>
            </li>
          );
        })}
      </ul>
      {canManage && deleted.length > 0 && (
        <Flex wrap align="center" gap="4px 12px" style={{ borderTop: '1px solid #f0f0f0', marginTop: 10, paddingTop: 8 }} data-testid="playbook-deleted">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('playbookEditor.deletedBuiltIns')}</Typography.Text>
          {deleted.map((d) => (
            <Flex key={d.key} align="center" gap={4}>
              <Typography.Text delete type="secondary">{d.name[lang]}</Typography.Text>
              <Popconfirm title={t('playbookEditor.confirmRestore', { name: d.name[lang] })} okText={t('common.confirm')} cancelText={t('common.cancel')}
                onConfirm={() => reset.mutate(d.key, { onSuccess: (p) => { void message.success(t('playbookEditor.restored')); onSelect(p.id); }, onError: showError })}>
                <Button size="small" type="link">{t('playbookEditor.restore')}</Button>
              </Popconfirm>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
