import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { QueueEvents } from '../queue';
import { DisplayHub, HEARTBEAT_MS, MAX_DISPLAY_STREAMS, RESYNC_MS, RETRY_MS } from './display-hub';
import { boardHtml, displayPage } from './display-page';
import { type DisplayBoard, toRoom } from './display.service';

/** A response that records what is written to it. */
function fakeResponse() {
  const res = Object.assign(new EventEmitter(), {
    status: 0,
    written: [] as string[],
    ended: false,
    writeHead(status: number) {
      res.status = status;
      return res;
    },
    write(chunk: string) {
      res.written.push(chunk);
      return true;
    },
    end() {
      res.ended = true;
      res.emit('close');
    },
  });
  return res;
}

function fakeEvents() {
  const listeners: ((id: number) => void)[] = [];
  const events = {
    onChange: (l: (id: number) => void) => (listeners.push(l), () => undefined),
    onMissed: () => () => undefined,
  } as unknown as QueueEvents;
  return { events, signal: (id: number) => listeners.forEach((l) => l(id)) };
}

const board = (waiting: number, called?: { visitNo: number; name: string }): DisplayBoard => ({
  kind: 'room',
  id: 3,
  title: '312诊室',
  subtitle: '内科',
  at: '08:02',
  rooms: [
    {
      roomId: 3,
      roomName: '312诊室',
      location: null,
      doctorName: '王建国',
      period: 'AM',
      calling: called ? [called] : [],
      latestCallAt: called ? '2026-12-04T08:02:00+08:00' : null,
      next: [],
      waiting,
    },
  ],
});

const boardsOf = (res: ReturnType<typeof fakeResponse>) =>
  res.written
    .filter((w) => w.includes('event: board'))
    .map((w) => JSON.parse(w.slice(w.indexOf('data: ') + 6)).html as string);

describe('DisplayHub (decision 030)', () => {
  it('sends retry and the whole board on connect, then a board only when it changed', async () => {
    const { events, signal } = fakeEvents();
    const hub = new DisplayHub(events);
    hub.onModuleInit();
    let current = board(3);
    const res = fakeResponse();
    hub.open('room:3', res as unknown as ServerResponse, current, () => Promise.resolve(current));
    expect(res.status).toBe(200);
    expect(res.written[0]).toBe(`retry: ${RETRY_MS}\n\n`);
    expect(boardsOf(res)).toEqual([boardHtml(current)]);

    signal(17);
    await hub.refresh();
    expect(boardsOf(res)).toHaveLength(1);
    current = board(2, { visitNo: 1, name: '张*' });
    signal(17);
    await hub.refresh();
    expect(boardsOf(res)).toEqual([boardHtml(board(3)), boardHtml(current)]);
    hub.onModuleDestroy();
    expect(res.ended).toBe(true);
    expect(hub.size).toBe(0);
  });

  it('reads each board once per pass for all its screens, and keeps screens on a failed read', async () => {
    const { events } = fakeEvents();
    const hub = new DisplayHub(events);
    let reads = 0;
    let fail = false;
    let current = board(1);
    const load = () => {
      reads++;
      return fail ? Promise.reject(new Error('database down')) : Promise.resolve(current);
    };
    const screens = [fakeResponse(), fakeResponse(), fakeResponse()];
    for (const s of screens) hub.open('room:3', s as unknown as ServerResponse, current, load);
    current = board(0);
    await hub.refresh();
    expect(reads).toBe(1);
    for (const s of screens) expect(boardsOf(s)).toHaveLength(2);
    fail = true;
    await hub.refresh();
    for (const s of screens) expect(s.ended).toBe(false);
    hub.closeAll();
    for (const s of screens) expect(s.ended).toBe(true);
  });

  it('sends a heartbeat comment and re-reads the boards on its own while screens are connected', async () => {
    jest.useFakeTimers();
    try {
      const hub = new DisplayHub(fakeEvents().events);
      let reads = 0;
      const res = fakeResponse();
      hub.open(
        'room:3',
        res as unknown as ServerResponse,
        board(1),
        () => (reads++, Promise.resolve(board(1))),
      );
      const beats = () => res.written.filter((w) => w === ': keep-alive\n\n').length;
      await jest.advanceTimersByTimeAsync(RESYNC_MS - 1);
      expect(reads).toBe(0);
      await jest.advanceTimersByTimeAsync(100);
      expect(reads).toBe(1);
      expect(beats()).toBe(0);
      await jest.advanceTimersByTimeAsync(HEARTBEAT_MS - RESYNC_MS);
      expect(beats()).toBe(1);
      hub.closeAll();
      await jest.advanceTimersByTimeAsync(HEARTBEAT_MS * 2);
      expect(beats()).toBe(1);
      expect(reads).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('is full at MAX_DISPLAY_STREAMS and forgets a screen that went away', () => {
    const hub = new DisplayHub(fakeEvents().events);
    const screens = Array.from({ length: MAX_DISPLAY_STREAMS }, () => fakeResponse());
    for (const s of screens)
      hub.open('room:3', s as unknown as ServerResponse, board(0), () => Promise.resolve(board(0)));
    expect(hub.full).toBe(true);
    screens[0].emit('close');
    expect(hub.full).toBe(false);
    hub.closeAll();
  });
});

describe('the display board', () => {
  it('keeps only the visit number and the masked name of each patient', () => {
    const room = toRoom(
      {
        sessionId: 1,
        date: '2026-12-04',
        period: 'AM',
        room: { id: 3, name: '312诊室', location: null },
        actingDoctor: { id: 7, name: '王建国', title: 'CHIEF' },
        startsAt: '2026-12-04T08:00:00+08:00',
        firstCallAt: null,
        calling: [{ visitNo: 4, name: '张*三', status: 'CALLED', calledAt: '2026-12-04T08:09:00+08:00' }],
        next: Array.from({ length: 10 }, (_, i) => ({
          visitNo: 5 + i,
          name: '李*',
          status: 'CHECKED_IN' as const,
          calledAt: null,
        })),
        waiting: 10,
      },
      2,
    );
    expect(room.calling).toEqual([{ visitNo: 4, name: '张*三' }]);
    expect(room.next).toEqual([
      { visitNo: 5, name: '李*' },
      { visitNo: 6, name: '李*' },
    ]);
    expect(room.waiting).toBe(10);
  });

  it('escapes what it renders and refreshes itself without script', () => {
    const b = board(1, { visitNo: 1, name: '<script>x</script>' });
    const page = displayPage(b, '/display/rooms/3/events');
    expect(page).not.toContain('<script>x');
    expect(page).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(page).toMatch(/<noscript><meta http-equiv="refresh" content="\d+"><\/noscript>/);
    expect(page).toContain('<script src="/display/display.js" defer></script>');
  });
});
