import { wrap } from 'comlink';
import type { Remote } from 'comlink';
import { WorkspaceError, toWorkspaceError } from './workspace-errors';

export type WorkerFactory = () => Worker;
export type CrashListener = (error: WorkspaceError) => void;

/**
 * A typed comlink client of one worker (STYLE.md: abort = terminate the worker and start a fresh
 * one). Every call settles even when the worker is terminated or dies meanwhile: `cancel()`
 * rejects running calls with kind `aborted`; a worker that dies or fails unexpectedly is reported
 * to crash listeners and `restart()` recovers.
 */
export class WorkerClient<Api> {
  private worker!: Worker;
  private remote!: Remote<Api>;
  private readonly pending = new Set<(error: WorkspaceError) => void>();
  private readonly crashListeners = new Set<CrashListener>();
  /** Bumped each time a fresh worker starts (it holds no state from the previous one). */
  generation = 0;

  constructor(
    private readonly createWorker: WorkerFactory,
    private readonly name: string,
  ) {
    this.spawn();
  }

  private spawn(): void {
    this.generation += 1;
    const worker = this.createWorker();
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === this.worker) this.crash(new WorkspaceError('crashed', event.message || `The ${this.name} worker stopped unexpectedly.`));
    });
    worker.addEventListener('messageerror', () => {
      if (worker === this.worker) this.crash(new WorkspaceError('crashed', `The ${this.name} worker sent a message that could not be read.`));
    });
    this.worker = worker;
    this.remote = wrap<Api>(worker);
  }

  private rejectPending(error: WorkspaceError): void {
    const rejects = [...this.pending];
    this.pending.clear();
    for (const reject of rejects) reject(error);
  }

  private crash(error: WorkspaceError): void {
    this.rejectPending(error);
    for (const listener of this.crashListeners) listener(error);
  }

  /** Runs one call; it settles even if the worker is terminated or dies meanwhile. */
  protected run<T>(call: (remote: Remote<Api>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const abandon = (error: WorkspaceError): void => reject(error);
      this.pending.add(abandon);
      call(this.remote).then(
        (value) => {
          this.pending.delete(abandon);
          resolve(value);
        },
        (error: unknown) => {
          if (!this.pending.delete(abandon)) return;
          const failure = toWorkspaceError(error);
          if (failure.kind === 'crashed') this.crash(failure);
          reject(failure);
        },
      );
    });
  }

  private replaceWorker(reason: WorkspaceError): void {
    const old = this.worker;
    this.spawn();
    old.terminate();
    this.rejectPending(reason);
  }

  /** Abandons every running call (they reject with kind `aborted`) and starts a fresh worker. */
  cancel(): void {
    this.replaceWorker(new WorkspaceError('aborted', 'Cancelled.'));
  }

  /** Starts a fresh worker after a crash. */
  restart(): void {
    this.replaceWorker(new WorkspaceError('aborted', 'Restarted.'));
  }

  onCrash(listener: CrashListener): () => void {
    this.crashListeners.add(listener);
    return () => this.crashListeners.delete(listener);
  }

  dispose(): void {
    this.rejectPending(new WorkspaceError('aborted', 'Closed.'));
    this.crashListeners.clear();
    this.worker.terminate();
  }
}
