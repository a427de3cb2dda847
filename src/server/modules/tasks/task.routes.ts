/** HTTP routes of playbooks and tasks. */
import { z } from 'zod';
import { createTaskSchema, splitTaskSchema, taskSchema, updateTaskSchema } from '../../../shared/tasks';
import { playbookSchema } from '../../../shared/playbook-steps';
import { idParams, type ZodApp } from '../../platform/routing';
import { applyPlaybook, listPlaybooks } from './task.playbooks';
import { createTask, divisionXlsx, meetingTasks, myTasks, updateTask } from './task.service';
import { splitTask } from './task.split';

/** Registers `/api/playbooks`, `/api/meetings/:id/tasks…` and `/api/tasks…`. */
export function registerTaskRoutes(app: ZodApp): void {
  const tags = ['tasks'];
  app.get('/api/playbooks', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'Playbooks with their steps (the seed\'s flows to begin with)', response: { 200: z.array(playbookSchema) } },
  }, (req) => listPlaybooks(req.ctx()));
  app.post('/api/meetings/:id/playbook', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Apply a playbook: dated, owned tasks', params: idParams, body: z.object({ playbookId: z.string().min(1).max(64) }), response: { 200: z.array(taskSchema) } },
  }, (req) => applyPlaybook(req.ctx(), req.params.id, req.body.playbookId));
  app.get('/api/meetings/:id/tasks', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'Tasks of a meeting', params: idParams, response: { 200: z.array(taskSchema) } },
  }, (req) => meetingTasks(req.ctx(), req.params.id));
  app.post('/api/meetings/:id/tasks', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Add a task by hand', params: idParams, body: createTaskSchema, response: { 200: z.array(taskSchema) } },
  }, (req) => createTask(req.ctx(), req.params.id, req.body));
  app.get('/api/meetings/:id/tasks.xlsx', {
    config: { access: 'meeting.read' }, schema: { tags, summary: '会务分工明细表 as Excel', params: idParams },
  }, async (req, reply) => {
    const file = await divisionXlsx(req.ctx(), req.params.id);
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`).send(file.buffer);
  });
  app.get('/api/tasks/mine', { config: { access: 'meeting.read' }, schema: { tags, summary: 'My open tasks across meetings', response: { 200: z.array(taskSchema) } } }, (req) => myTasks(req.ctx()));
  app.patch('/api/tasks/:id', {
    config: { access: 'meeting.read' }, schema: { tags, summary: 'Tick off, reassign, re-date or rename a task (owners may tick off their own)', params: idParams, body: updateTaskSchema, response: { 200: taskSchema } },
  }, (req) => updateTask(req.ctx(), req.params.id, req.body));
  app.post('/api/tasks/:id/split', {
    config: { access: 'meeting.write' }, schema: { tags, summary: 'Split a task into parts; the task closes itself when every part is done', params: idParams, body: splitTaskSchema, response: { 200: z.array(taskSchema) } },
  }, (req) => splitTask(req.ctx(), req.params.id, req.body));
}
