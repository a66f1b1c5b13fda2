export type JobStatus = 'queued' | 'running';

export type Job = {
  id: string;
  mealLogId: string;
  userId: string;
  status: JobStatus;
  /** Attempts started so far, including the one that holds the lease now. */
  attempts: number;
  runAt: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  lastError: string | null;
};
