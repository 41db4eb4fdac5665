import { SharedReads } from './shared-reads';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

describe('SharedReads', () => {
  it('gives a read asked for while the same read runs its answer, and starts afresh once it has settled', async () => {
    const reads = new SharedReads<number>();
    let started = 0;
    const first = deferred<number>();
    const read = () => (started++, first.promise);
    const a = reads.run('k', read);
    const b = reads.run('k', read);
    const other = reads.run('other', () => (started++, Promise.resolve(7)));
    expect(started).toBe(2);
    first.resolve(1);
    expect([await a, await b, await other]).toEqual([1, 1, 7]);
    expect(reads.size).toBe(0);
    expect(await reads.run('k', () => (started++, Promise.resolve(2)))).toBe(2);
    expect(started).toBe(3);
  });

  it('shares a failure with those waiting, keeps nothing of it', async () => {
    const reads = new SharedReads<number>();
    const failing = deferred<number>();
    const a = reads.run('k', () => failing.promise);
    const b = reads.run('k', () => Promise.resolve(0));
    failing.reject(new Error('down'));
    await expect(a).rejects.toThrow('down');
    await expect(b).rejects.toThrow('down');
    expect(await reads.run('k', () => Promise.resolve(3))).toBe(3);
  });

  it('after renew(), a read never joins one that began before it, and the earlier one still answers its callers', async () => {
    const reads = new SharedReads<string>();
    const before = deferred<string>();
    const early = reads.run('k', () => before.promise);
    reads.renew();
    const after = deferred<string>();
    const late = reads.run('k', () => after.promise);
    before.resolve('before the write');
    after.resolve('after the write');
    expect([await early, await late]).toEqual(['before the write', 'after the write']);
    // The earlier read settling does not remove the later one still running.
    const again = deferred<string>();
    const later = reads.run('k', () => again.promise);
    const joined = reads.run('k', () => Promise.resolve('not asked'));
    again.resolve('one read');
    expect([await later, await joined]).toEqual(['one read', 'one read']);
  });
});
