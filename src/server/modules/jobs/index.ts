/** The jobs module: the outbox every asynchronous piece of work goes through. */
export { insertJobs, cancelPendingJobs, jobCounts } from './job.queries';
export { jobRows, startWorker, backoffMs, jobsQueued, onJobsQueued, type JobHandler, type JobOutcome, type NewJob, type Worker, type WorkerOptions } from './job.worker';
