/** HTTP routes of editing playbooks (流程模板): `/api/playbooks/:id…` and `/api/playbooks/reset`. */
import { createPlaybookSchema, playbookSchema, renamePlaybookSchema, replaceStepsSchema, resetPlaybookSchema } from '../../../shared/playbook-steps';
import { idParams, okSchema, type ZodApp } from '../../platform/routing';
import { createPlaybook, deletePlaybook, getPlaybook, renamePlaybook, replaceSteps, resetPlaybook } from './playbook.edit';

/** Registers the playbook editor's routes (the list itself is `GET /api/playbooks`, with the tasks). */
export function registerPlaybookRoutes(app: ZodApp): void {
  const tags = ['tasks'];
  app.get('/api/playbooks/:id', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'One playbook with its steps exactly as stored (for the editor)', params: idParams, response: { 200: playbookSchema } },
  }, (req) => getPlaybook(req.ctx(), req.params.id));
  app.post('/api/playbooks', {
    config: { access: 'playbook.manage' }, schema: { tags, summary: 'Create a playbook, blank or copying another\'s steps', body: createPlaybookSchema, response: { 200: playbookSchema } },
  }, (req) => createPlaybook(req.ctx(), req.body));
  app.patch('/api/playbooks/:id', {
    config: { access: 'playbook.manage' }, schema: { tags, summary: 'Rename a playbook (version = its updatedAt as read)', params: idParams, body: renamePlaybookSchema, response: { 200: playbookSchema } },
  }, (req) => renamePlaybook(req.ctx(), req.params.id, req.body));
  app.put('/api/playbooks/:id/steps', {
    config: { access: 'playbook.manage' },
    schema: { tags, summary: 'Replace the whole ordered list of steps (409 when the version is stale); applied tasks do not change', params: idParams, body: replaceStepsSchema, response: { 200: playbookSchema } },
  }, (req) => replaceSteps(req.ctx(), req.params.id, req.body));
  app.delete('/api/playbooks/:id', {
    config: { access: 'playbook.manage' }, schema: { tags, summary: 'Delete a playbook (a built-in one comes back only by reset); applied tasks stay', params: idParams, response: { 200: okSchema } },
  }, (req) => deletePlaybook(req.ctx(), req.params.id));
  app.post('/api/playbooks/reset', {
    config: { access: 'playbook.manage' }, schema: { tags, summary: 'Restore a built-in playbook as shipped, changed or deleted', body: resetPlaybookSchema, response: { 200: playbookSchema } },
  }, (req) => resetPlaybook(req.ctx(), req.body.builtInKey));
}
