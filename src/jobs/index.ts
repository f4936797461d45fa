export { JobQueue, type JobDefinition, type FailedJob, type JobQueueSettings } from './queue.ts';
