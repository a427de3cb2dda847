/** Saving the meeting form: client validation with the shared schemas (same wording as the server), then create or update. */
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { reasonMessage, type FieldError } from '../../../shared/errors';
import { createMeetingSchema, updateMeetingSchema, type CreateMeetingInput, type Meeting, type UpdateMeetingInput } from '../../../shared/meetings';
import { expandRecurrence, MAX_OCCURRENCES } from '../../../shared/recurrence';
import { isApiError } from '../../app/api-client';
import { applyFieldErrors, toNamePath, validateWith, type FieldMap } from '../../app/form-errors';
import { currentLang } from '../../app/i18n';
import { useCreateMeeting, useUpdateMeeting } from './api';
import { changedFields, valuesToFields, type MeetingFormValues } from './form-values';
import { buildRrule } from './rrule';

/** API fields that have no form item of the same name. */
const mapField: FieldMap = (field) => (field.startsWith('recurrence') ? ['repeat'] : toNamePath(field));

/** Checks a series rule the way the server will (bounded, not too many, at least one occurrence). */
function ruleErrors(rrule: string, startAt: number | undefined, zone: string): FieldError[] {
  if (startAt === undefined) return [];
  const lang = currentLang();
  const x = expandRecurrence(rrule, startAt, zone);
  const problem = !x.ok ? x.problem : x.starts.length === 0 ? 'rrule_empty' : undefined;
  if (!problem) return [];
  return [{ field: 'recurrence.rrule', reason: problem, message: reasonMessage('recurrence.rrule', problem, lang, { max: MAX_OCCURRENCES }) }];
}

/** Returns `save(values)`; `base` is the meeting as loaded (its version guards against overwriting someone else's edit). */
export function useSaveMeeting(opts: {
  form: FormInstance<MeetingFormValues>;
  base?: Meeting;
  onSaved: (m: Meeting, changed: boolean) => void;
  onConflict: (message: string) => void;
}) {
  const { form, base, onSaved, onConflict } = opts;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const create = useCreateMeeting();
  const update = useUpdateMeeting(base?.id ?? '');

  const showErrors = (errors: readonly FieldError[]) => {
    const leftover = applyFieldErrors(form, errors, mapField);
    const first = errors.map((e) => mapField(e.field)).find(Boolean);
    if (first) form.scrollToField(first, { block: 'center' });
    if (leftover.length) void message.error(leftover.join('；'));
  };

  const onError = (err: unknown) => {
    if (isApiError(err) && err.code === 'conflict') return onConflict(err.message);
    if (isApiError(err) && err.fields.length) showErrors(err.fields);
    void message.error(isApiError(err) || err instanceof Error ? err.message : String(err));
  };

  const save = (values: MeetingFormValues) => {
    const lang = currentLang();
    const fields = valuesToFields(values);
    if (!base) {
      const rrule = buildRrule(values, values.startAt ?? undefined);
      const input = { ...fields, ...(rrule ? { recurrence: { rrule } } : {}) };
      const errors = validateWith(createMeetingSchema, input, lang, 'meeting');
      if (rrule && errors.length === 0) errors.push(...ruleErrors(rrule, fields.startAt, fields.timeZone));
      if (errors.length) return showErrors(errors);
      create.mutate(input as CreateMeetingInput, { onSuccess: (m) => onSaved(m, true), onError });
      return;
    }
    const errors = validateWith(updateMeetingSchema, { ...fields, version: base.version }, lang, 'meeting');
    if (errors.length) return showErrors(errors);
    const changes = changedFields(fields, base);
    if (Object.keys(changes).length === 0) {
      void message.info(t('meeting.form.noChanges'));
      return onSaved(base, false);
    }
    const input: UpdateMeetingInput = {
      ...(changes as Omit<UpdateMeetingInput, 'version'>),
      version: base.version,
      ...(base.seriesId ? { applyTo: values.applyTo ?? 'occurrence' } : {}),
    };
    update.mutate(input, { onSuccess: (m) => onSaved(m, true), onError });
  };

  return { save, saving: create.isPending || update.isPending };
}
