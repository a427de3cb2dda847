/** Words and colours of the agenda screens: item kinds (the shared table), warnings and changelog lines (the agenda locale files). */
import type { TFunction } from 'i18next';
import { AGENDA_KIND_LABELS, type AgendaChange, type AgendaKind } from '../../../shared/agenda';
import type { AgendaWarning } from '../../../shared/agenda-checks';
import { currentLang } from '../../app/i18n';

/** Tag colour of each kind: ceremonies blue, content geekblue, talk cyan, pauses muted. */
export const KIND_COLORS: Record<AgendaKind, string> = {
  sign_in: 'default',
  opening: 'blue',
  speech: 'geekblue',
  report: 'purple',
  discussion: 'cyan',
  qa: 'cyan',
  break: 'default',
  meal: 'default',
  activity: 'green',
  summary: 'gold',
  other: 'default',
};

/** Kind name in the current language, from the table the exports use too. */
export function kindLabel(kind: string): string {
  return AGENDA_KIND_LABELS[kind as AgendaKind]?.[currentLang()] ?? kind;
}

/** A warning as a sentence, with its titles and times filled in. */
export function warningText(w: Pick<AgendaWarning, 'code' | 'params'>, t: TFunction): string {
  return t(`agenda.warning.${w.code}`, { ...w.params, defaultValue: w.code });
}

/** Colour of each changelog kind. */
export const CHANGE_COLORS: Record<AgendaChange['kind'], string> = {
  added: 'green',
  removed: 'red',
  moved: 'orange',
  renamed: 'blue',
  place: 'cyan',
  presenters: 'purple',
};

/** A changelog line in the current language (新增「…」（09:10–09:30）…); the server words the change notice the same way. */
export function changeText(c: AgendaChange, t: TFunction): string {
  const fallback = c.kind === 'place' ? t('agenda.mainRoom') : t('agenda.nobody');
  return t(`agenda.change.${c.kind}`, { title: c.title, before: c.before ?? fallback, after: c.after ?? fallback });
}
