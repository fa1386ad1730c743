import { afterEach, describe, expect, it } from 'vitest';
import { expose } from 'comlink';
import { WorkspaceClient } from './workspace-client';
import type { WorkspaceError } from './workspace-errors';

/** A stand-in Worker: a MessageChannel whose far end exposes `api` through comlink. */
class FakeWorker extends EventTarget {
  private readonly channel = new MessageChannel();
  isTerminated = false;

  constructor(api: object) {
    super();
    expose(api, this.channel.port2);
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.channel.port1.postMessage(message, transfer);
  }

  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (!listener) return;
    if (type === 'message') this.channel.port1.addEventListener('message', listener);
    else super.addEventListener(type, listener);
    this.channel.port1.start();
  }

  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (!listener) return;
    if (type === 'message') this.channel.port1.removeEventListener('message', listener);
    else super.removeEventListener(type, listener);
  }

  terminate(): void {
    this.isTerminated = true;
    this.channel.port1.close();
  }

  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

const never = () => new Promise<never>(() => undefined);

function setup(api: object) {
  const workers: FakeWorker[] = [];
  const client = new WorkspaceClient(() => {
    const worker = new FakeWorker(api);
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { client, workers };
}

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

describe('WorkspaceClient', () => {
  it('calls the worker and returns its answer', async () => {
    const { client } = setup({ listDatasets: async () => [{ id: 'a' }] });
    dispose = () => client.dispose();
    await expect(client.listDatasets()).resolves.toEqual([{ id: 'a' }]);
  });

  it('cancel rejects running calls as aborted and starts a fresh worker', async () => {
    const { client, workers } = setup({ getSummary: never, listDatasets: async () => [] });
    dispose = () => client.dispose();
    const running = client.getSummary('x');
    client.cancel();
    await expect(running).rejects.toMatchObject({ kind: 'aborted' });
    expect(workers).toHaveLength(2);
    expect(workers[0].isTerminated).toBe(true);
    await expect(client.listDatasets()).resolves.toEqual([]);
  });

  it('reports a dying worker to crash listeners and rejects its calls; restart recovers', async () => {
    const { client, workers } = setup({ getSummary: never, listDatasets: async () => [] });
    dispose = () => client.dispose();
    const crashes: WorkspaceError[] = [];
    client.onCrash((error) => crashes.push(error));
    const running = client.getSummary('x');
    workers[0].crash('out of memory');
    await expect(running).rejects.toMatchObject({ kind: 'crashed', message: 'out of memory' });
    expect(crashes.map((error) => error.kind)).toEqual(['crashed']);
    client.restart();
    await expect(client.listDatasets()).resolves.toEqual([]);
  });

  it('maps named worker errors to kinds, and treats unexpected errors as crashes', async () => {
    const fail = (name: string) => async () => {
      throw Object.assign(new Error(`${name} happened`), { name });
    };
    const { client } = setup({ createDataset: fail('StorageFullError'), getSummary: fail('TypeError') });
    dispose = () => client.dispose();
    const crashes: string[] = [];
    client.onCrash((error) => crashes.push(error.message));
    await expect(client.createDataset('x')).rejects.toMatchObject({ kind: 'storage-full' });
    await expect(client.getSummary('x')).rejects.toMatchObject({ kind: 'crashed', message: 'TypeError happened' });
    expect(crashes).toEqual(['TypeError happened']);
  });

  it('transfers file bytes instead of copying them', async () => {
    const { client } = setup({ importFiles: async (_id: string, files: { name: string; bytes: ArrayBuffer }[]) => files.map((file) => file.bytes.byteLength) });
    dispose = () => client.dispose();
    const bytes = new Uint8Array([1, 2, 3]).buffer;
    const sizes = await client.importFiles('d', [{ name: 'a.txt', bytes }]);
    expect(sizes).toEqual([3]);
    expect(bytes.byteLength).toBe(0);
  });
});
