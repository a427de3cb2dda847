/** 流程模板 (`/settings/playbooks`): the organisation's playbooks; secretariat users create, copy, rename, edit, delete and reset them, others read. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { PlaybookList } from '../components/PlaybookList';
import { PlaybookNameModal } from '../components/PlaybookNameModal';
import { PlaybookStepsEditor } from '../components/PlaybookStepsEditor';
import { usePlaybookList } from '../playbook-api';

/** The page. */
export function PlaybooksPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const canManage = useCan('playbook.manage');
  const list = usePlaybookList();
  const [params, setParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const [creating, setCreating] = useState(false);
  const playbooks = useMemo(() => list.data ?? [], [list.data]);
  const wanted = params.get('id');
  const selectedId = playbooks.some((p) => p.id === wanted) ? wanted! : playbooks[0]?.id;
  const createMode = useMemo(() => (creating ? { kind: 'create' as const, copyFrom: selectedId } : undefined), [creating]); // eslint-disable-line react-hooks/exhaustive-deps

  const go = useCallback((id: string | undefined) => setParams(id ? { id } : {}, { replace: true }), [setParams]);
  const select = (id: string) => {
    if (id === selectedId) return;
    if (!dirty) return go(id);
    modal.confirm({ title: t('playbookEditor.leaveTitle'), content: t('playbookEditor.leaveBody'), okText: t('playbookEditor.leave'), cancelText: t('common.cancel'), onOk: () => go(id) });
  };

  return (
    <>
      <div className="hw-page-head">
        <Typography.Title level={3}>{t('playbookEditor.pageTitle')}</Typography.Title>
        {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="playbook-create">{t('playbookEditor.create')}</Button>}
      </div>
      <Typography.Paragraph type="secondary">{t('playbookEditor.intro')}</Typography.Paragraph>
      <Alert type="info" showIcon title={t('playbookEditor.appliedUntouched')} style={{ marginBottom: 12 }} data-testid="playbook-applied-note" />
      {!canManage && <Alert type="warning" showIcon title={t('playbookEditor.readOnly')} style={{ marginBottom: 12 }} />}
      {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
      {/* The list above the editor, so the step table gets the page's width. */}
      <Flex vertical gap={16}>
        <PlaybookList playbooks={playbooks} selectedId={selectedId} canManage={canManage} loading={list.isPending} onSelect={select} />
        {selectedId && <PlaybookStepsEditor id={selectedId} canManage={canManage} playbooks={playbooks} onDirtyChange={setDirty} onDeleted={() => go(undefined)} />}
      </Flex>
      <PlaybookNameModal
        mode={createMode}
        playbooks={playbooks}
        onClose={() => setCreating(false)}
        onDone={(p) => {
          setCreating(false);
          go(p.id);
        }}
      />
    </>
  );
}
