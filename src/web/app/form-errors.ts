/** Puts field errors (from the shared schema on the client, or from the API) on antd forms, worded as the server words them. */
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import type { Entity, FieldError, Lang } from '../../shared/errors';
import { issuesToFieldErrors, type IssueLike } from '../../shared/zod-issues';
import { isApiError } from './api-client';
import { currentLang } from './i18n';

/** Maps an API field name (`recurrence.rrule`) to a form name path; undefined means "not on this form". */
export type FieldMap = (field: string) => (string | number)[] | undefined;

/** Splits a dotted API field into a form name path, dropping list indices (`policy.multiDepartmentStartTimes.0`). */
export function toNamePath(field: string): string[] {
  const parts = field.split('.').filter(Boolean);
  while (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1])) parts.pop();
  return parts;
}

/** Puts each error on its form item; returns the messages that belong to no item on this form. */
export function applyFieldErrors(form: FormInstance, errors: readonly FieldError[], map?: FieldMap): string[] {
  const registered = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const leftover: string[] = [];
  for (const e of errors) {
    const name = map ? map(e.field) : toNamePath(e.field);
    if (!name || !registered.has(String(name[0]))) {
      leftover.push(e.message);
      continue;
    }
    const key = name.join('.');
    const entry = byName.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(e.message)) entry.errors.push(e.message);
    byName.set(key, entry);
  }
  form.setFields([...byName.values()]);
  return leftover;
}

/** Clears the errors of the fields just edited: errors we set by hand (no antd rules) would otherwise stay after a fix. */
export function clearEditedErrors(form: FormInstance, changed: object): void {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    const plain = value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
    if (plain && path.length < 3) for (const [k, v] of Object.entries(value as object)) walk(v, [...path, k]);
    else paths.push(path);
  };
  walk(changed, []);
  const withErrors = paths.filter((p) => p.length > 0 && form.getFieldError(p).length > 0);
  if (withErrors.length) form.setFields(withErrors.map((name) => ({ name, errors: [] })));
}

/** Validates input against a shared schema; the errors carry the same reasons and messages the API would send. */
export function validateWith(schema: ZodType, input: unknown, lang: Lang, entity?: Entity): FieldError[] {
  const r = schema.safeParse(input);
  if (r.success) return [];
  return issuesToFieldErrors(r.error.issues as unknown as IssueLike[], input, lang, entity);
}

/** The text to show for any thrown value: the server's translated message for API errors. */
export function errorMessage(err: unknown): string {
  if (isApiError(err) || err instanceof Error) return err.message;
  return String(err);
}

/** Returns a function that shows an error as an antd message (toast). */
export function useShowError(): (err: unknown) => void {
  const { message } = App.useApp();
  return useCallback((err: unknown) => void message.error(errorMessage(err)), [message]);
}

/** Returns a handler for a failed form submit: field errors onto the items, the server's message as a toast. */
export function useFormErrorHandler(form: FormInstance, map?: FieldMap): (err: unknown) => void {
  const showError = useShowError();
  return useCallback(
    (err: unknown) => {
      if (isApiError(err) && err.fields.length > 0) applyFieldErrors(form, err.fields, map);
      showError(err);
    },
    [form, map, showError],
  );
}

/** Callbacks of a save: what the mutation calls on success and on failure. */
export type SaveHandlers = { onSuccess: () => void; onError: (err: unknown) => void };

/**
 * The usual submit of an edit form: check the input with the shared schema (errors onto the fields),
 * otherwise save it, then say "saved" and call `onSaved`; server field errors land on the fields too.
 */
export function useValidatedSave(form: FormInstance, schema: ZodType, entity: Entity, onSaved: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useFormErrorHandler(form);
  return useCallback(
    <I,>(input: I, save: (input: I, handlers: SaveHandlers) => void) => {
      const errors = validateWith(schema, input, currentLang(), entity);
      if (errors.length) return void applyFieldErrors(form, errors);
      save(input, {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onSaved();
        },
        onError,
      });
    },
    [form, schema, entity, onSaved, message, t, onError],
  );
}
