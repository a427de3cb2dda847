/** Fastify glue: who is calling (session), what the route requires (access), the error handler, and `ctx`. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { codeMessage, ERROR_STATUS, reasonMessage, toLang, type Entity, type ErrorBody, type ErrorCode, type Lang } from '../../shared/errors';
import { hasPermission, type Permission } from '../../shared/roles';
import { issuesToFieldErrors, type IssueLike } from '../../shared/zod-issues';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { Ctx } from './context';
import { AppError } from './errors';
import { resolveSession, SESSION_COOKIE, type ResolvedSession } from './sessions';

/** What a route requires: nobody (`public`), any signed-in user, or a permission. */
export type RouteAccess = 'public' | 'signed_in' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every API route must say who may call it; the authorization tests read this. */
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every API route with its declared access, for the authorization tests and docs. */
    apiRoutes: { method: string; url: string; access: RouteAccess }[];
  }
  interface FastifyRequest {
    session: ResolvedSession | null;
    lang: Lang;
    /** The use-case context of the signed-in caller. */
    ctx: () => Ctx;
  }
}

/** The header a signed-in browser sends back on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Picks the caller's language: `?lang=`, the language cookie, their account, then Accept-Language. */
function pickLang(req: FastifyRequest, accountLocale: string | null | undefined): Lang {
  const query = (req.query as Record<string, unknown> | undefined)?.lang;
  return (
    toLang(typeof query === 'string' ? query : undefined) ??
    toLang(req.cookies?.huiwu_lang) ??
    toLang(accountLocale) ??
    toLang(req.headers['accept-language']?.split(',')[0]) ??
    'zh-CN'
  );
}

const ENTITY_BY_PREFIX: [string, Entity][] = [
  ['/api/meetings/:id/materials', 'material'], ['/api/materials', 'material'],
  ['/api/meetings', 'meeting'], ['/api/people', 'person'], ['/api/departments', 'department'],
  ['/api/users', 'user'], ['/api/invitations', 'user'], ['/api/org', 'org'], ['/api/venues', 'venue'], ['/api/bookings', 'booking'],
  ['/api/notices', 'notice'], ['/api/rsvp', 'rsvp'],
];

/** Which kind of record a route is about, so field errors use that record's labels (姓名 vs 会议名称). */
function entityOf(req: FastifyRequest): Entity | undefined {
  const url = req.routeOptions.url ?? '';
  return ENTITY_BY_PREFIX.find(([prefix]) => url.startsWith(prefix))?.[1];
}

function send(reply: FastifyReply, code: ErrorCode, body: ErrorBody['error']): FastifyReply {
  return reply.status(ERROR_STATUS[code]).send({ error: body } satisfies ErrorBody);
}

/** Installs session lookup, access enforcement, `ctx` and the one error handler. */
export function installHttpPlatform(app: FastifyInstance, database: Database, config: Config): void {
  app.decorateRequest('session', null);
  app.decorateRequest('lang', 'zh-CN');
  app.decorateRequest('ctx', function (this: FastifyRequest): Ctx {
    if (!this.session) throw new AppError('unauthenticated');
    return {
      db: database.db,
      dialect: database.dialect,
      actor: this.session.actor,
      lang: this.lang,
      now: Date.now,
      request: { requestId: this.id, ip: this.ip },
    };
  });

  app.decorate('apiRoutes', []);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} must declare config.access`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') app.apiRoutes.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (req) => {
    // Only API calls need the session: the web app's files, docs and calendar feeds would each cost database reads.
    const token = req.url.startsWith('/api/') ? req.cookies?.[SESSION_COOKIE] : undefined;
    req.session = token ? ((await resolveSession(database.db, token, Date.now(), config.sessionMs)) ?? null) : null;
    req.lang = pickLang(req, req.session?.locale);
    const access = req.routeOptions.config?.access;
    if (!access || access === 'public') return;
    if (!req.session) throw new AppError('unauthenticated');
    if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== req.session.csrfToken) throw new AppError('csrf');
    if (access !== 'signed_in' && !hasPermission(req.session.actor.roles, access)) {
      throw new AppError('forbidden', { params: { permission: access } });
    }
  });

  app.setErrorHandler((err, req, reply) => {
    const lang = req.lang ?? 'zh-CN';
    if (err instanceof AppError) {
      const fields = err.details.fields?.map((f) => ({ ...f, message: reasonMessage(f.field, f.reason, lang, f.params, entityOf(req)) }));
      const params: Record<string, unknown> = { ...err.details.params, fields: fields?.map((f) => f.message).join('；') ?? '' };
      // A refusal may say why (e.g. who may check in); the reason reads like a field message without a field.
      const reason = err.code === 'forbidden' && typeof params.reason === 'string' ? reasonMessage('', params.reason, lang, params) : undefined;
      if (err.code === 'rate_limited' && params.seconds) reply.header('retry-after', String(params.seconds));
      return send(reply, err.code, {
        code: err.code, message: reason ?? codeMessage(err.code, lang, params), ...(fields ? { fields } : {}), ...(err.details.data ? { details: err.details.data } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const input = err.validationContext === 'body' ? req.body : err.validationContext === 'querystring' ? req.query : req.params;
      const issues: IssueLike[] = err.validation.map((v) => ({
        ...(v.params as object),
        code: v.keyword,
        path: v.instancePath.split('/').filter(Boolean),
        message: v.message ?? '',
      }));
      const fields = issuesToFieldErrors(issues, input, lang, entityOf(req));
      return send(reply, 'validation', { code: 'validation', message: codeMessage('validation', lang, { fields: fields.map((f) => f.message).join('；') }), fields });
    }
    const fastifyCode = (err as { code?: string }).code;
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(reply, 'unsupported_media_type', { code: 'unsupported_media_type', message: codeMessage('unsupported_media_type', lang) });
    if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(reply, 'payload_too_large', { code: 'payload_too_large', message: codeMessage('payload_too_large', lang) });
    if (status >= 400 && status < 500 && !isResponseSerializationError(err)) {
      const field = { field: 'body', reason: 'invalid_format', message: reasonMessage('body', 'invalid_format', lang) };
      return send(reply, 'validation', { code: 'validation', message: codeMessage('validation', lang, { fields: field.message }), fields: [field] });
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, 'internal', { code: 'internal', message: codeMessage('internal', lang, { requestId: req.id }), requestId: req.id });
  });
}
