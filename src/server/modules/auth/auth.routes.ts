/** HTTP routes for signing in and out, the caller's profile, and accepting an invitation. */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../../shared/roles';
import { acceptInvitationSchema, loginSchema, meSchema, passwordSchema } from '../../../shared/directory';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { okSchema, type ZodApp } from '../../platform/routing';
import { createSession, SESSION_COOKIE } from '../../platform/sessions';
import { acceptInvitation, lookupInvitation } from '../users';
import { changePassword, login, logout, me, setLocale } from './auth.service';

type AuthConfig = Pick<Config, 'loginMaxFailures' | 'loginWindowMs' | 'sessionMs' | 'secureCookies'>;

/** Registers `/api/auth/*` and the public invitation routes. */
export function registerAuthRoutes(app: ZodApp, db: Db, config: AuthConfig): void {
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, maxAge: Math.floor(config.sessionMs / 1000),
    });

  app.post('/api/auth/login', {
    config: { access: 'public' },
    schema: { tags: ['auth'], summary: 'Sign in; sets the session cookie (a new one each time)', body: loginSchema, response: { 200: meSchema } },
  }, async (req, reply) => {
    const s = await login(db, config, req.body, {
      ip: req.ip, requestId: req.id, userAgent: req.headers['user-agent'], previousToken: req.cookies[SESSION_COOKIE],
    }, Date.now());
    setSessionCookie(reply, s.token);
    return me(db, s.userId, s.csrfToken);
  });

  app.post('/api/auth/logout', {
    config: { access: 'signed_in' },
    schema: { tags: ['auth'], summary: 'Sign out', response: { 200: okSchema } },
  }, async (req, reply) => {
    await logout(db, req.cookies[SESSION_COOKIE]!);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/auth/me', {
    config: { access: 'signed_in' },
    schema: { tags: ['auth'], summary: 'The signed-in user, organisation, roles and CSRF token', response: { 200: meSchema } },
  }, (req) => me(db, req.ctx().actor.userId, req.session!.csrfToken));

  app.patch('/api/auth/me', {
    config: { access: 'signed_in' },
    schema: { tags: ['auth'], summary: 'Change my language', body: z.object({ locale: z.enum(['zh-CN', 'en']) }), response: { 200: meSchema } },
  }, async (req) => {
    await setLocale(req.ctx(), req.body.locale);
    return me(db, req.ctx().actor.userId, req.session!.csrfToken);
  });

  app.post('/api/auth/password', {
    config: { access: 'signed_in' },
    schema: {
      tags: ['auth'], summary: 'Change my password; other sessions end',
      body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }), response: { 200: meSchema },
    },
  }, async (req, reply) => {
    const ctx = req.ctx();
    await changePassword(ctx, req.body);
    const s = await createSession(db, { id: ctx.actor.userId, org_id: ctx.actor.orgId }, { ip: req.ip, userAgent: req.headers['user-agent'] }, Date.now(), config.sessionMs);
    setSessionCookie(reply, s.token);
    return me(db, ctx.actor.userId, s.csrfToken);
  });

  app.post('/api/invitations/lookup', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'], summary: 'What an invitation link offers',
      body: z.object({ token: z.string().min(10).max(100) }),
      response: { 200: z.object({ orgName: z.string(), displayName: z.string(), email: z.string().nullable(), roles: z.array(z.enum(ROLES)) }) },
    },
  }, (req) => lookupInvitation(db, req.body.token, Date.now()));

  app.post('/api/invitations/accept', {
    config: { access: 'public' },
    schema: { tags: ['auth'], summary: 'Accept an invitation: create the account and sign in', body: acceptInvitationSchema, response: { 200: meSchema } },
  }, async (req, reply) => {
    const now = Date.now();
    const user = await acceptInvitation(db, req.body, now, { ip: req.ip, requestId: req.id });
    const s = await createSession(db, user, { ip: req.ip, userAgent: req.headers['user-agent'] }, now, config.sessionMs);
    setSessionCookie(reply, s.token);
    return me(db, user.id, s.csrfToken);
  });
}
