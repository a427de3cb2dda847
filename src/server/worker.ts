/** Starts this process's jobs worker with every job kind's handler: sends, reminders, escalations. */
import type { Config } from './config';
import type { Database } from './db/database';
import { createMailer, deliveryHandler } from './modules/delivery';
import { onJobsQueued, startWorker, type Worker, type WorkerOptions } from './modules/jobs';
import { escalateHandler, remindHandler } from './modules/rsvp';
import { INCIDENT_ALERT_JOB, incidentAlertHandler } from './modules/incidents';

/** A worker wired to the mailer from the configuration; `stop` also closes the mailer. */
export function startJobsWorker(database: Database, config: Config, opts: WorkerOptions = {}): Worker {
  const mailer = createMailer(config.smtpUrl);
  const now = opts.now ?? Date.now;
  const worker = startWorker(database, {
    'delivery.send': deliveryHandler(database, config, mailer, now),
    'rsvp.remind': remindHandler(database, config, now),
    'rsvp.escalate': escalateHandler(database, now),
    [INCIDENT_ALERT_JOB]: incidentAlertHandler(database),
  }, opts);
  const unsubscribe = onJobsQueued(worker.wake);
  return {
    ...worker,
    stop: async () => {
      unsubscribe();
      await worker.stop();
      mailer.close();
    },
  };
}
