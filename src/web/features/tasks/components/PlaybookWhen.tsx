/** Small pieces of the playbook editor: when a step falls due in words ("会议开始前 14 天 17:00", "T-14"), and a step's text as readers see it. */
import { Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/errors';
import { builtInGroup, builtInText } from '../../../../shared/playbook-defaults-en';
import type { PlaybookStepInput } from '../playbook-api';

type When = Pick<PlaybookStepInput, 'anchor' | 'offsetDays' | 'dueTime'>;

/** "会议开始前 14 天 17:00" / "14 days before the start, 17:00". */
export function whenText(t: TFunction, s: When): string {
  const anchor = t(`playbookEditor.anchor.${s.anchor}`);
  const n = s.offsetDays;
  if (!Number.isFinite(n)) return '';
  if (n === 0) return t('playbookEditor.when.same', { anchor, time: s.dueTime });
  return t(n < 0 ? 'playbookEditor.when.before' : 'playbookEditor.when.after', { anchor, count: Math.abs(n), time: s.dueTime });
}

/** The short form secretariats write on plans: T-14 from the start, "结束+2" / "End+2" from the end. */
export function whenCode(t: TFunction, s: When): string {
  const n = s.offsetDays;
  const days = n === 0 ? '' : n > 0 ? `+${n}` : `${n}`;
  return t(`playbookEditor.code.${s.anchor}`, { days });
}

/** The due time as a tag with its long form on hover. */
export function WhenTag({ step }: { step: When }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={whenText(t, step)}>
      <Tag style={{ marginInlineEnd: 0, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}>{whenCode(t, step)}</Tag>
    </Tooltip>
  );
}

/** A step's title, description and group as readers see them (shipped Chinese reads in English for English readers). */
export function shownStep(s: Pick<PlaybookStepInput, 'key' | 'title' | 'description' | 'group'>, lang: Lang) {
  return { title: builtInText(s.key, s.title, lang), description: builtInText(s.key, s.description ?? '', lang), group: builtInGroup(s.group, lang) };
}
