/** For a meeting without tasks: the playbooks (name, step count, the steps in a collapse) and 套用 to turn one into dated tasks. */
import { App, Alert, Button, Card, Collapse, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../../app/auth';
import { errorMessage } from '../../../app/form-errors';
import { useApplyPlaybook, usePlaybooks, type Playbook, type PlaybookStep } from '../api';

function offsetText(t: (k: string, o?: Record<string, unknown>) => string, s: PlaybookStep): string {
  const anchor = t(`tasks.anchor.${s.anchor}`, { defaultValue: s.anchor });
  if (s.offsetDays === 0) return t('tasks.offset.same', { anchor, time: s.dueTime });
  return t(s.offsetDays < 0 ? 'tasks.offset.before' : 'tasks.offset.after', { anchor, count: Math.abs(s.offsetDays), time: s.dueTime });
}

/** The picker. */
export function PlaybookPicker({ meetingId, canEdit, onAddByHand }: { meetingId: string; canEdit: boolean; onAddByHand?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = usePlaybooks(canEdit);
  const apply = useApplyPlaybook(meetingId);
  const canManage = useCan('playbook.manage');

  if (!canEdit) return <Card size="small"><Empty description={t('tasks.emptyReader')} /></Card>;

  const run = (p: Playbook) =>
    apply.mutate(p.id, {
      onSuccess: (tasks) => void message.success(t('tasks.applied', { name: p.name, count: tasks.length })),
      onError: (err) => void message.error(errorMessage(err)),
    });

  return (
    <Card size="small" title={t('tasks.pickTitle')} extra={onAddByHand && <Button onClick={onAddByHand}>{t('tasks.addByHand')}</Button>} data-testid="playbook-picker">
      <Typography.Paragraph type="secondary">
        {t('tasks.pickHint')}
        {canManage && <> <Link to="/settings/playbooks">{t('playbookEditor.manageLink')}</Link></>}
      </Typography.Paragraph>
      {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      {list.isPending ? <Spin /> : (
        <ul className="hw-card-list">
          {(list.data ?? []).map((p) => (
            <li key={p.id}>
              <Card size="small" data-testid={`playbook-${p.key}`}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text strong>{p.name}</Typography.Text>
                    <Tag>{t('tasks.stepCount', { count: p.steps.length })}</Tag>
                  </Flex>
                  <Button type="primary" loading={apply.isPending && apply.variables === p.id} disabled={apply.isPending && apply.variables !== p.id} onClick={() => run(p)}>
                    {t('tasks.apply')}
                  </Button>
                </Flex>
                <Collapse
                  ghost
                  size="small"
                  style={{ marginTop: 8 }}
                  items={[{
                    key: 'steps',
                    label: t('tasks.showSteps'),
                    children: (
                      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                        {p.steps.map((s) => (
                          <li key={s.key} style={{ padding: '2px 0' }}>
                            <Tag style={{ marginInlineEnd: 6 }}>{t(`tasks.phase.${s.phase}`, { defaultValue: s.phase })}</Tag>
                            <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>{s.group}</Typography.Text>
                            {s.title}
                            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>{offsetText(t, s)}</Typography.Text>
                          </li>
                        ))}
                      </ol>
                    ),
                  }]}
                />
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
