/** How a job run ended: finished, told to stop (shutdown; resumes later), or its claim was lost (cancelled). */
export type JobOutcome = 'done' | 'stopped' | 'lost';

export type JobOptions = {
  /** Set on shutdown: the job stops after the batch in hand and is released for the next start. */
  signal?: AbortSignal;
  batchSize?: number;
  /** Called inside each batch's transaction just before commit (tests throw here to simulate a crash). */
  beforeCommit?: (batchNo: number) => void | Promise<void>;
  /** Rows to go from which a real CSV run into a smaller contacts table loads in bulk (decision 027). */
  bulkLoadFrom?: number;
  /** Rows to go from which rows are read and normalized on a worker thread (decision 027). */
  prepareInWorkerFrom?: number;
  /** Called after each committed batch (the CLI prints progress). */
  onProgress?: (processed: number) => void | Promise<void>;
};

/** Another runner (or a cancel) took the job: roll the batch back and stop quietly. */
export class LostClaim extends Error {
  constructor() {
    super('The import was cancelled or taken over by another runner.');
    this.name = 'LostClaim';
  }
}
