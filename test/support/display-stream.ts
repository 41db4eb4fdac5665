/**
 * A waiting-room screen without a browser (decision 030): signs in with a token for the display
 * cookie, and reads a display's server-sent events one at a time.
 */
export async function displayCookie(url: string, token: string): Promise<string> {
  const res = await fetch(`${url}/display/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }).toString(),
    redirect: 'manual',
  });
  const cookie = res.headers.get('set-cookie');
  if (res.status !== 303 || !cookie) throw new Error(`display sign-in: HTTP ${res.status}`);
  return cookie.split(';')[0];
}

export interface DisplayEvent {
  event: string;
  id?: string;
  retry?: number;
  data?: string;
}

export interface DisplayStream {
  status: number;
  contentType: string | null;
  /** The next event with a name (a `board`), waiting for it no more than `waitMs`. */
  next(waitMs?: number): Promise<DisplayEvent>;
  /** Every field block read so far, comments (heartbeats) and `retry:` included. */
  raw: string[];
  close(): void;
}

export async function openDisplayStream(url: string, path: string, cookie: string): Promise<DisplayStream> {
  const abort = new AbortController();
  const res = await fetch(url + path, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  const raw: string[] = [];
  const queue: DisplayEvent[] = [];
  const waiters: ((e: DisplayEvent | Error) => void)[] = [];
  let ended: Error | null = null;
  const deliver = (e: DisplayEvent | Error) => {
    const w = waiters.shift();
    if (w) w(e);
    else if (e instanceof Error) ended = e;
    else queue.push(e);
  };
  void (async () => {
    if (!res.body) return deliver(new Error('no body'));
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let i: number;
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          raw.push(block);
          const e: DisplayEvent = { event: '' };
          for (const line of block.split('\n')) {
            const c = line.indexOf(':');
            if (c === 0) continue;
            const field = line.slice(0, c);
            const value = line.slice(c + 1).replace(/^ /, '');
            if (field === 'event') e.event = value;
            else if (field === 'data') e.data = (e.data === undefined ? '' : e.data + '\n') + value;
            else if (field === 'id') e.id = value;
            else if (field === 'retry') e.retry = Number(value);
          }
          if (e.event) deliver(e);
        }
      }
      deliver(new Error('stream ended'));
    } catch (error) {
      deliver(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    raw,
    next: (waitMs = 5000) => {
      const ready = queue.shift();
      if (ready) return Promise.resolve(ready);
      if (ended) return Promise.reject(ended);
      return new Promise<DisplayEvent>((resolve, reject) => {
        const waiter = (e: DisplayEvent | Error) => {
          clearTimeout(timer);
          if (e instanceof Error) reject(e);
          else resolve(e);
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no event within ${waitMs} ms`));
        }, waitMs);
        waiters.push(waiter);
      });
    },
    close: () => abort.abort(),
  };
}
