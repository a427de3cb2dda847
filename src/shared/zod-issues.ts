/** Turns Zod issues into field errors with a reason and a message, so server and web word them alike. */
import { reasonMessage, type Entity, type FieldError, type Lang } from './errors';

/** The parts of a Zod 4 issue we read (Fastify passes them on flattened). */
export type IssueLike = {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
  format?: string;
  keys?: readonly string[];
  expected?: string;
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function reasonOf(issue: IssueLike, input: unknown): { reason: string; params: Record<string, unknown> } {
  const min = issue.minimum !== undefined ? Number(issue.minimum) : undefined;
  const max = issue.maximum !== undefined ? Number(issue.maximum) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined || valueAt(input, issue.path) === null) return { reason: 'required', params: {} };
      if (issue.expected === 'int') return { reason: 'not_integer', params: {} };
      return { reason: 'invalid_type', params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'string') return { reason: min === 1 ? 'required' : 'too_short', params: { min } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'too_few', params: { min } };
      return { reason: 'too_small', params: { min } };
    case 'too_big':
      if (issue.origin === 'string') return { reason: 'too_long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') return { reason: 'too_many', params: { max } };
      return { reason: 'too_big', params: { max } };
    case 'invalid_value':
      return { reason: 'invalid_option', params: { options: (issue.values ?? []).join(', ') } };
    case 'invalid_format':
      // Our regexes carry a reason key as their message (e.g. `phone`); Zod's own messages never look like one.
      if (issue.format === 'regex') return { reason: /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid_format', params: {} };
      return { reason: issue.format === 'email' ? 'invalid_email' : 'invalid_format', params: { format: issue.format } };
    case 'unrecognized_keys':
      return { reason: 'unknown_field', params: {} };
    case 'custom':
      return { reason: issue.message, params: {} };
    default:
      return { reason: 'invalid_format', params: {} };
  }
}

/** One field error per issue; `unrecognized_keys` becomes one error per unknown key; `entity` picks the field labels. */
export function issuesToFieldErrors(issues: readonly IssueLike[], input: unknown, lang: Lang, entity?: Entity): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String).join('.');
    const fields = issue.code === 'unrecognized_keys' ? (issue.keys ?? []).map((k) => (base ? `${base}.${k}` : k)) : [base];
    const { reason, params } = reasonOf(issue, input);
    for (const field of fields) out.push({ field, reason, message: reasonMessage(field, reason, lang, params, entity), params });
  }
  return out;
}
