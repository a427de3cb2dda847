/**
 * The step editor of one playbook: steps by phase (会前 / 会中 / 会后), edited in a drawer, added, removed and moved locally with the
 * shared checks live; "save" sends the whole list at the version read, and a 409 reloads it and says so. Rename, reset and delete sit in the header.
 */
import { PlusOutlined, RollbackOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { nextStepKey, STEP_PHASES, type PlaybookStep } from '../../../../shared/playbook-steps';
import { errorMessage, useShowError } from '../../../app/form-errors';
import { currentLang } from '../../../app/i18n';
import { isPlaybookConflict, useDeletePlaybook, usePlaybook, useResetPlaybook, useSavePlaybookSteps, type Playbook } from '../playbook-api';
import { PlaybookNameModal } from './PlaybookNameModal';
import { PlaybookStepDrawer, stepErrors, type DraftStep } from './PlaybookStepDrawer';
import { PlaybookStepTable } from './PlaybookStepTable';
import { shownStep } from './PlaybookWhen';

type Phase = (typeof STEP_PHASES)[number];

const toDraft = (steps: readonly PlaybookStep[]): DraftStep[] => steps.map((s) => ({ ...s, ownerRole: s.ownerRole as DraftStep['ownerRole'], evidence: s.evidence as DraftStep['evidence'] }));
/** Steps phase by phase, keeping their order within a phase (the order tasks are listed in). */
const byPhase = (steps: DraftStep[]) => steps.map((s, i) => ({ s, i })).sort((a, b) => STEP_PHASES.indexOf(a.s.phase) - STEP_PHASES.indexOf(b.s.phase) || a.i - b.i).map(({ s }) => s);

const NEW_STEP: Record<Phase, Omit<DraftStep, 'key' | 'group' | 'phase'>> = {
  before: { title: '', description: '', ownerRole: 'organiser', anchor: 'start', offsetDays: -7, dueTime: '17:00', evidence: null, dependsOn: [], durationDays: 1 },
  during: { title: '', description: '', ownerRole: 'staff', anchor: 'start', offsetDays: 0, dueTime: '08:30', evidence: null, dependsOn: [], durationDays: 1 },
  after: { title: '', description: '', ownerRole: 'organiser', anchor: 'end', offsetDays: 1, dueTime: '17:00', evidence: null, dependsOn: [], durationDays: 1 },
};

/** Props: the playbook, whether the reader may change it, all playbooks (copy sources), and what to tell the page. */
export type PlaybookStepsEditorProps = { id: string; canManage: boolean; playbooks: readonly Playbook[]; onDirtyChange: (dirty: boolean) => void; onDeleted: () => void };

/** The editor. */
export function PlaybookStepsEditor({ id, canManage, playbooks, onDirtyChange, onDeleted }: PlaybookStepsEditorProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const lang = currentLang();
  const query = usePlaybook(id);
  const save = useSavePlaybookSteps();
  const reset = useResetPlaybook();
  const remove = useDeletePlaybook();
  const [draft, setDraft] = useState<DraftStep[] | null>(null);
  const [base, setBase] = useState(0);
  const [open, setOpen] = useState<{ index: number; step: DraftStep } | null>(null);
  const [renaming, setRenaming] = useState(false);
  const server = query.data;
  const dirty = draft !== null;

  useEffect(() => {
    setDraft(null);
    setOpen(null);
  }, [id]);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({ title: t('playbookEditor.leaveTitle'), content: t('playbookEditor.leaveBody'), okText: t('playbookEditor.leave'), cancelText: t('common.cancel'), onOk: () => blocker.proceed(), onCancel: () => blocker.reset() });
  }, [blocker, modal, t]);

  const steps = useMemo(() => draft ?? toDraft(server?.steps ?? []), [draft, server]);
  const errors = useMemo(() => stepErrors(steps), [steps]);
  const keyIndex = useMemo(() => new Map(steps.map((s, i) => [s.key, i])), [steps]);
  const titles = useMemo(() => new Map(steps.map((s, i) => [s.key, `#${i + 1} ${shownStep(s, lang).title}`])), [steps, lang]);
  const renameMode = useMemo(() => (renaming && server ? { kind: 'rename' as const, playbook: server } : undefined), [renaming, server]);

  if (query.error) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  if (!server) return <Card><Skeleton active /></Card>;

  const edit = (next: DraftStep[]) => {
    if (!dirty) setBase(server.updatedAt);
    setDraft(byPhase(next));
  };
  const move = (index: number, dir: -1 | 1) => {
    let j = index + dir;
    while (j >= 0 && j < steps.length && steps[j].phase !== steps[index].phase) j += dir;
    if (j < 0 || j >= steps.length) return;
    const next = [...steps];
    [next[index], next[j]] = [next[j], next[index]];
    edit(next);
  };
  const removeStep = (index: number) => {
    const key = steps[index].key;
    edit(steps.filter((_, i) => i !== index).map((s) => ((s.dependsOn ?? []).includes(key) ? { ...s, dependsOn: s.dependsOn!.filter((d) => d !== key) } : s)));
  };
  const apply = (step: DraftStep) => {
    const index = open!.index;
    if (index < steps.length) edit(steps.map((s, i) => (i === index ? step : s)));
    else edit([...steps, step]);
    setOpen(null);
  };
  const add = (phase: Phase) => {
    const group = steps.filter((s) => s.phase === phase).at(-1)?.group ?? '会务组';
    setOpen({ index: steps.length, step: { ...NEW_STEP[phase], key: nextStepKey(steps.map((s) => s.key)), phase, group } });
  };

  const submit = () =>
    save.mutate({ id, version: base, steps }, {
      onSuccess: () => {
        setDraft(null);
        void message.success(t('playbookEditor.saved'));
      },
      onError: (err) => {
        if (!isPlaybookConflict(err)) return showError(err);
        setDraft(null);
        void query.refetch();
        modal.warning({ title: t('playbookEditor.conflictTitle'), content: t('playbookEditor.conflictBody') });
      },
    });

  const errorCount = [...errors.values()].reduce((n, e) => n + e.length, 0);
  const firstErrors = [...errors.entries()].slice(0, 5).map(([i, es]) => t('playbookEditor.errorLine', { n: i + 1, title: shownStep(steps[i], lang).title || t('playbookEditor.untitled'), message: es.map((e) => e.message).join('；') }));

  return (
    <Card data-testid="playbook-editor">
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Space size={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>{server.name}</Typography.Title>
          {server.builtIn && <Tag color="blue">{t('playbookEditor.builtIn')}</Tag>}
          <Tag>{t('playbookEditor.stepCount', { count: steps.length })}</Tag>
          {dirty && <Tag color="orange" data-testid="playbook-dirty">{t('playbookEditor.unsaved')}</Tag>}
        </Space>
        {canManage && (
          <Space size={0} wrap style={{ marginInlineStart: -8 }}>
            <Button type="link" onClick={() => setRenaming(true)}>{t('playbookEditor.rename')}</Button>
            {server.builtIn && (
              <Popconfirm title={t('playbookEditor.confirmReset')} description={t('playbookEditor.confirmResetBody')} okText={t('common.confirm')} cancelText={t('common.cancel')}
                onConfirm={() => reset.mutate(server.key, { onSuccess: () => { setDraft(null); void message.success(t('playbookEditor.resetDone')); }, onError: showError })}>
                <Button type="link">{t('playbookEditor.reset')}</Button>
              </Popconfirm>
            )}
            <Popconfirm title={t('playbookEditor.confirmDelete', { name: server.name })} description={t(server.builtIn ? 'playbookEditor.confirmDeleteBuiltIn' : 'playbookEditor.confirmDeleteBody')}
              okText={t('common.confirm')} cancelText={t('common.cancel')} okButtonProps={{ danger: true }}
              onConfirm={() => remove.mutate(id, { onSuccess: () => { setDraft(null); void message.success(t('playbookEditor.deleted')); onDeleted(); }, onError: showError })}>
              <Button type="link" danger>{t('playbookEditor.delete')}</Button>
            </Popconfirm>
          </Space>
        )}
      </Flex>
      {canManage && (
        <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{dirty ? t('playbookEditor.dirtyHint') : t('playbookEditor.cleanHint')}</Typography.Text>
          <Space>
            <Button icon={<RollbackOutlined />} disabled={!dirty || save.isPending} onClick={() => setDraft(null)}>{t('playbookEditor.discard')}</Button>
            <Button type="primary" icon={<SaveOutlined />} disabled={!dirty || errorCount > 0} loading={save.isPending} onClick={submit} data-testid="playbook-save">{t('playbookEditor.save')}</Button>
          </Space>
        </Flex>
      )}
      {errorCount > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="playbook-errors" title={t('playbookEditor.errorsTitle', { count: errorCount })}
          description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{firstErrors.map((line) => <li key={line}>{line}</li>)}</ul>} />
      )}
      {steps.length === 0 && <Empty description={t('playbookEditor.noSteps')} style={{ marginBottom: 12 }} />}
      {STEP_PHASES.map((phase) => {
        const rows = steps.map((step, index) => ({ step, index })).filter((r) => r.step.phase === phase);
        return (
          <section key={phase} style={{ marginBottom: 20 }} data-testid={`phase-${phase}`}>
            <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t(`playbookEditor.phaseTitle.${phase}`)} <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>{t('playbookEditor.stepCount', { count: rows.length })}</Typography.Text>
              </Typography.Title>
              {canManage && <Button size="small" icon={<PlusOutlined />} onClick={() => add(phase)} data-testid={`add-step-${phase}`}>{t('playbookEditor.addStep')}</Button>}
            </Flex>
            <PlaybookStepTable rows={rows} errors={errors} keyIndex={keyIndex} titles={titles} canManage={canManage} onOpen={(index) => setOpen({ index, step: steps[index] })} onMove={move} onDelete={removeStep} />
          </section>
        );
      })}
      <PlaybookStepDrawer step={open?.step} index={open?.index ?? 0} steps={steps} readOnly={!canManage} onApply={apply} onClose={() => setOpen(null)} />
      <PlaybookNameModal
        mode={renameMode}
        playbooks={playbooks}
        onClose={() => setRenaming(false)}
        onDone={(p) => {
          setRenaming(false);
          // The rename moved the version on: unsaved steps read at the old one are still based on this playbook.
          setBase((b) => (b === server.updatedAt ? p.updatedAt : b));
        }}
      />
    </Card>
  );
}
