/** HTTP routes for accounts and invitations (admin side) and accepting an invitation (public). */
import { z } from 'zod';
import { createInvitationSchema, invitationSchema, updateUserSchema, userSchema } from '../../../shared/directory';
import type { Config } from '../../config';
import { idParams, okSchema, type ZodApp } from '../../platform/routing';
import { createInvitation, listInvitations, revokeInvitation } from './invitation.service';
import { listUsers, updateUser, userOptions } from './user.service';

/** Registers `/api/users` and `/api/invitations`. */
export function registerUserRoutes(app: ZodApp, config: Pick<Config, 'publicUrl'>): void {
  app.get('/api/users', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Accounts of the organisation', response: { 200: z.array(userSchema) } },
  }, (req) => listUsers(req.ctx()));

  app.get('/api/users/options', {
    config: { access: 'venue.manage' },
    schema: {
      tags: ['users'], summary: 'Active accounts to pick from (venue managers, service staff): names and roles only',
      response: { 200: z.array(z.object({ id: z.string(), displayName: z.string(), roles: z.array(z.string()) })) },
    },
  }, (req) => userOptions(req.ctx()));

  app.patch('/api/users/:id', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Change roles, name, or deactivate', params: idParams, body: updateUserSchema, response: { 200: userSchema } },
  }, (req) => updateUser(req.ctx(), req.params.id, req.body));

  app.get('/api/invitations', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Open invitations', response: { 200: z.array(invitationSchema) } },
  }, (req) => listInvitations(req.ctx()));

  app.post('/api/invitations', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Invite someone; the link is returned once', body: createInvitationSchema, response: { 201: invitationSchema } },
  }, async (req, reply) => reply.status(201).send(await createInvitation(req.ctx(), req.body, config.publicUrl)));

  app.delete('/api/invitations/:id', {
    config: { access: 'user.manage' },
    schema: { tags: ['users'], summary: 'Withdraw an invitation', params: idParams, response: { 200: okSchema } },
  }, async (req) => {
    await revokeInvitation(req.ctx(), req.params.id);
    return { ok: true as const };
  });
}
