/** The one fetch wrapper: JSON in and out, the CSRF header, typed errors, and the jump to the login page on 401. */
import type { ErrorBody, FieldError } from '../../shared/errors';
import { i18n } from './i18n';

/** An error answer of the API (or a network failure), with the server's translated message and field errors. */
export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The API's error code (`validation`, `conflict`, …) or `network`. */
  readonly code: string;
  /** Wrong fields, each with the API's field name and a translated message. */
  readonly fields: FieldError[];
  /** Reference of a server error, to quote to an administrator. */
  readonly requestId?: string;
  /** Structured data some errors carry (a booking conflict names the booking in the way and the alternatives). */
  readonly details?: Record<string, unknown>;

  constructor(status: number, code: string, message: string, fields: FieldError[] = [], requestId?: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = requestId;
    this.details = details;
  }
}

/** True for an `ApiError`; lets callers narrow `unknown` from TanStack Query. */
export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

/** Remembers the CSRF token from `/api/auth/me` or login; every non-GET request echoes it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Installs what happens when the session is gone (the auth module clears the user, the router shows /login). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/** Query-string values; undefined, null and '' are left out. */
export type QueryParams = Record<string, string | number | boolean | undefined | null>;

function withQuery(path: string, query?: QueryParams): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function toError(res: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> | undefined;
  try {
    body = (await res.json()) as Partial<ErrorBody>;
  } catch {
    body = undefined;
  }
  const e = body?.error;
  if (e && typeof e.message === 'string') return new ApiError(res.status, e.code, e.message, e.fields ?? [], e.requestId, e.details);
  return new ApiError(res.status, 'internal', i18n.t('errors.unexpected', { status: res.status }));
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A request body sent as raw bytes (a file upload) rather than JSON. */
type RawBody = { raw: Blob; contentType: string };

const isRaw = (body: unknown): body is RawBody => typeof body === 'object' && body !== null && 'raw' in body && (body as RawBody).raw instanceof Blob;

async function send(method: Method, path: string, body: unknown, query: QueryParams | undefined, retried: boolean): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') {
    headers['content-type'] = isRaw(body) ? body.contentType : 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: method === 'GET' ? undefined : isRaw(body) ? body.raw : JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (res.ok) return res;
  const err = await toError(res);
  // Another tab may have signed in again (new session, new token): fetch the current token once and retry.
  if (err.code === 'csrf' && !retried) {
    const me = await fetch('/api/auth/me', { credentials: 'same-origin' });
    if (me.ok) {
      setCsrfToken(((await me.json()) as { csrfToken: string }).csrfToken);
      return send(method, path, body, query, true);
    }
  }
  if (err.status === 401 && err.code === 'unauthenticated') onUnauthenticated();
  throw err;
}

async function request<T>(method: Method, path: string, body?: unknown, query?: QueryParams): Promise<T> {
  const res = await send(method, path, body, query, false);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Calls the API; every method resolves with the parsed JSON or rejects with an `ApiError`. */
export const api = {
  get: <T>(path: string, query?: QueryParams) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path, {}),
  /** POSTs a file's bytes as the body (e.g. an .xlsx import), with the CSRF header like every other write. */
  upload: <T>(path: string, file: Blob, query?: QueryParams) =>
    request<T>('POST', path, { raw: file, contentType: file.type || 'application/octet-stream' } satisfies RawBody, query),
};
