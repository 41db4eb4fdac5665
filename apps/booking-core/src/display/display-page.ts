import type { DisplayBoard, DisplayEntry, DisplayRoom } from './display.service';

/** With JavaScript off, the screen reloads itself this often (a server-rendered snapshot). */
export const NO_SCRIPT_REFRESH_SECONDS = 10;

const PERIOD_NAMES: Record<string, string> = { AM: '上午', PM: '下午', EVENING: '夜间' };

export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const entry = (e: DisplayEntry, cls: string) =>
  `<span class="${cls}" data-visit-no="${e.visitNo}"><b class="no">${e.visitNo}号</b> <span class="name">${escapeHtml(e.name)}</span></span>`;

/** A room's screen: the number called now in very large type, who is next, how many wait. */
function roomScreen(room: DisplayRoom): string {
  const [called, ...earlier] = room.calling;
  const now = called
    ? `<div class="label">请</div>${entry(called, 'called')}<div class="label">到 ${escapeHtml(room.roomName)} 就诊</div>`
    : `<div class="label quiet">请在候诊区等候叫号</div>`;
  const more = earlier.length
    ? `<p class="earlier">已叫号：${earlier.map((e) => entry(e, 'earlier-entry')).join('、')}</p>`
    : '';
  const next = room.next.length
    ? room.next.map((e) => `<li>${entry(e, 'next-entry')}</li>`).join('')
    : '<li class="quiet">暂无</li>';
  return `<section class="room" data-room-id="${room.roomId}">
<div class="doctor">${escapeHtml(room.doctorName)} 医生 · ${escapeHtml(PERIOD_NAMES[room.period] ?? room.period)}</div>
<div class="now" data-call="${escapeHtml(called ? `${called.visitNo}@${room.latestCallAt ?? ''}` : '')}">${now}</div>
${more}
<div class="side"><h2>下一位</h2><ol class="next">${next}</ol></div>
<p class="waiting">候诊 <b data-waiting>${room.waiting}</b> 人</p>
</section>`;
}

/** A department's screen: one line per room with a session now. */
function departmentScreen(rooms: DisplayRoom[]): string {
  if (!rooms.length) return '<p class="empty">当前没有出诊的诊室</p>';
  const rows = rooms
    .map((r) => {
      const called = r.calling[0];
      return `<tr class="room" data-room-id="${r.roomId}" data-call="${escapeHtml(called ? `${called.visitNo}@${r.latestCallAt ?? ''}` : '')}">
<td class="room-name">${escapeHtml(r.roomName)}<small>${escapeHtml(r.doctorName)}</small></td>
<td class="call">${called ? entry(called, 'called') : '<span class="quiet">等候叫号</span>'}</td>
<td class="queue-next">${r.next.map((e) => entry(e, 'next-entry')).join('、') || '<span class="quiet">—</span>'}</td>
<td class="count"><b data-waiting>${r.waiting}</b></td>
</tr>`;
    })
    .join('\n');
  return `<table class="rooms" style="--rows:${rooms.length}">
<thead><tr><th>诊室</th><th>正在叫号</th><th>下一位</th><th>候诊人数</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** The part of the page that changes: sent whole in every event, so page and stream never differ. */
export function boardHtml(board: DisplayBoard): string {
  const body =
    board.kind === 'room'
      ? board.rooms[0]
        ? roomScreen(board.rooms[0])
        : '<p class="empty">本诊室当前没有出诊</p>'
      : departmentScreen(board.rooms);
  return `<header><h1>${escapeHtml(board.title)}</h1><span class="sub">${escapeHtml(board.subtitle)}</span><span class="at" data-at>${escapeHtml(board.at)}</span></header>
<div class="content ${board.kind}">${body}</div>`;
}

const STYLE = `
  html, body { margin: 0; height: 100%; overflow: hidden; background: #000; color: #fff; }
  body { font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif; display: flex; flex-direction: column; }
  #board { flex: 1; display: flex; flex-direction: column; min-height: 0; }
  header { display: flex; align-items: baseline; gap: 2vw; padding: 1.5vh 3vw; background: #0b3d91; }
  header h1 { font-size: 6vh; margin: 0; }
  header .sub { font-size: 4vh; flex: 1; }
  header .at { font-size: 4vh; font-variant-numeric: tabular-nums; }
  .content { flex: 1; min-height: 0; padding: 2vh 3vw; }
  .content.room .room { display: grid; height: 100%; grid-template-columns: 3fr 2fr; grid-template-rows: auto 1fr auto auto; gap: 1vh 3vw; }
  .doctor { grid-column: 1 / 3; font-size: 4.5vh; color: #ffeb3b; }
  .now { grid-column: 1; grid-row: 2 / 4; display: flex; flex-direction: column; justify-content: center; }
  .now .label { font-size: 6vh; }
  .now .called { font-size: 16vh; line-height: 1.1; font-weight: bold; color: #ffeb3b; }
  .now .called .name { display: block; }
  .now.flash .called { animation: flash 1s 3; }
  @keyframes flash { 50% { color: #fff; background: #b71c1c; } }
  .earlier { grid-column: 1; font-size: 4vh; margin: 0; }
  .side { grid-column: 2; grid-row: 2 / 4; }
  .side h2 { font-size: 6vh; margin: 0 0 1vh; border-bottom: 0.4vh solid #fff; }
  ol.next { list-style: none; padding: 0; margin: 0; font-size: 7vh; line-height: 1.35; }
  .waiting { grid-column: 1 / 3; font-size: 6vh; margin: 0; }
  .waiting b { color: #ffeb3b; }
  .quiet { color: #bbb; }
  .empty { font-size: 8vh; text-align: center; margin-top: 25vh; }
  table.rooms { width: 100%; border-collapse: collapse; line-height: 1.2; font-size: min(6.5vh, calc(80vh / (var(--rows) + 1) / 1.35)); }
  table.rooms td, table.rooms th { white-space: nowrap; }
  table.rooms th { text-align: left; color: #ffeb3b; border-bottom: 0.4vh solid #fff; }
  table.rooms td { border-bottom: 0.2vh solid #555; padding: 0.4vh 1vw; vertical-align: middle; }
  table.rooms td small { font-size: 60%; color: #ccc; margin-left: 1vw; }
  table.rooms .called, table.rooms .count { color: #ffeb3b; font-weight: bold; }
  table.rooms tr.flash .called { animation: flash 1s 3; }
  .status { position: fixed; right: 1vw; bottom: 1vh; font-size: 3vh; background: #b71c1c; padding: 0.5vh 1vw; display: none; }
  body[data-connection="reconnecting"] .status { display: block; }
`;

/**
 * The whole screen, rendered on the server: readable as it is with JavaScript off (it reloads
 * itself every NO_SCRIPT_REFRESH_SECONDS then); with JavaScript, /display/display.js keeps it
 * live from the event stream (decision 030).
 */
export function displayPage(board: DisplayBoard, eventsUrl: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<noscript><meta http-equiv="refresh" content="${NO_SCRIPT_REFRESH_SECONDS}"></noscript>
<title>${escapeHtml(board.title)} — 候诊叫号</title>
<style>${STYLE}</style>
<script src="/display/display.js" defer></script>
</head>
<body data-events="${escapeHtml(eventsUrl)}" data-connection="static">
<main id="board" aria-live="polite">
${boardHtml(board)}
</main>
<div class="status" role="status">连接中断，正在重新连接…</div>
</body>
</html>`;
}

/** The message page of a screen that cannot show a board (unknown room, not signed in). */
export function messagePage(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE} main { padding: 4vh 4vw; font-size: 4vh; } input, button { font-size: 4vh; }</style></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body>
</html>`;
}

/**
 * The screen's script (served as /display/display.js: the CSP allows no inline script). It opens
 * the event stream, replaces the board with each snapshot, flashes a new or repeated call, and
 * shows a banner while disconnected. EventSource reconnects by itself after a dropped stream (the
 * server's `retry:`); when it gives up (an HTTP error such as 503 while a server stops), the
 * script opens a new one with backoff — and reloads the page only when the server answers the
 * page with a redirect (the screen's sign-in expired), never while the server is unreachable.
 */
export const DISPLAY_SCRIPT = `'use strict';
(function () {
  var body = document.body;
  var url = body.getAttribute('data-events');
  var board = document.getElementById('board');
  if (!url || !board || typeof EventSource === 'undefined') return;
  var delay = 1000;
  var source = null;
  function calls() {
    var seen = {};
    var nodes = board.querySelectorAll('[data-call]');
    for (var i = 0; i < nodes.length; i++) seen[nodes[i].getAttribute('data-room-id') || nodes[i].parentNode.getAttribute('data-room-id') || i] = nodes[i].getAttribute('data-call');
    return seen;
  }
  function show(html) {
    var before = calls();
    board.innerHTML = html;
    var nodes = board.querySelectorAll('[data-call]');
    for (var i = 0; i < nodes.length; i++) {
      var key = nodes[i].getAttribute('data-room-id') || nodes[i].parentNode.getAttribute('data-room-id') || i;
      var call = nodes[i].getAttribute('data-call');
      if (call && before[key] !== undefined && before[key] !== call) nodes[i].classList.add('flash');
    }
  }
  function open() {
    source = new EventSource(url);
    source.addEventListener('open', function () { body.setAttribute('data-connection', 'live'); delay = 1000; });
    source.addEventListener('board', function (event) {
      try { show(JSON.parse(event.data).html); body.setAttribute('data-connection', 'live'); } catch (e) { /* keep the last board */ }
    });
    source.addEventListener('error', function () {
      body.setAttribute('data-connection', 'reconnecting');
      if (source.readyState !== EventSource.CLOSED) return;
      source = null;
      setTimeout(retry, delay);
      delay = Math.min(delay * 2, 30000);
    });
  }
  function retry() {
    fetch(location.href, { credentials: 'same-origin', redirect: 'manual', cache: 'no-store' })
      .then(function (res) { if (res.type === 'opaqueredirect') location.reload(); else open(); })
      .catch(function () { setTimeout(retry, delay); delay = Math.min(delay * 2, 30000); });
  }
  open();
})();
`;
