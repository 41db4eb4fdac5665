#!/usr/bin/env node
// `npm start`: the whole platform on one machine. Creates what the demo needs in ./.data/
// (keys, tokens, partners) on first run and says so, builds if the sources changed, then
// runs booking-core (intranet, 127.0.0.1) and the gateway (the outside-facing port).
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dataDir = path.join(root, '.data');
const env = { ...process.env };
const say = (line) => process.stdout.write(`[start] ${line}\n`);

fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });

function writeSecret(file, content) {
  fs.writeFileSync(file, content, { mode: 0o600 });
}

// 1. Secrets and client lists for the demo (kept across runs).
const keyFile = path.join(dataDir, 'pii-key');
if (!env.PII_KEY) {
  if (!fs.existsSync(keyFile)) {
    writeSecret(keyFile, crypto.randomBytes(32).toString('base64') + '\n');
    say(`generated the personal-data key: ${path.relative(root, keyFile)} (set PII_KEY to use your own)`);
  }
  env.PII_KEY = fs.readFileSync(keyFile, 'utf8').trim();
}

const tokensFile = env.CORE_TOKENS_FILE
  ? path.resolve(root, env.CORE_TOKENS_FILE)
  : path.join(dataDir, 'core-tokens.json');
if (!fs.existsSync(tokensFile)) {
  const token = () => crypto.randomBytes(24).toString('base64url');
  const clients = [
    { name: 'gateway', roles: ['GATEWAY'] },
    { name: 'scheduler', roles: ['SCHEDULER'] },
    { name: 'phone-centre', roles: ['AGENT', 'CALL_CENTRE'] },
    { name: 'counter', roles: ['AGENT'] },
    { name: 'kiosks', roles: ['AGENT'] },
    { name: 'clinic-doctors', roles: ['CLINICIAN'] },
    { name: 'triage-nurses', roles: ['NURSE'] },
    { name: 'registrars', roles: ['REGISTRAR'] },
    { name: 'admin', roles: ['ADMIN'] },
  ].map((c) => ({ ...c, token: token() }));
  writeSecret(tokensFile, JSON.stringify(clients, null, 2) + '\n');
  say(`generated internal client tokens: ${path.relative(root, tokensFile)}`);
}
env.CORE_TOKENS_FILE = tokensFile;
const tokens = JSON.parse(fs.readFileSync(tokensFile, 'utf8'));
const gatewayToken = tokens.find((t) => t.roles.includes('GATEWAY'));
if (!env.CORE_TOKEN) {
  if (!gatewayToken || !gatewayToken.token)
    throw new Error(`${tokensFile} has no GATEWAY token in clear; set CORE_TOKEN`);
  env.CORE_TOKEN = gatewayToken.token;
}

const partnersFile = env.GATEWAY_PARTNERS_FILE
  ? path.resolve(root, env.GATEWAY_PARTNERS_FILE)
  : path.join(dataDir, 'partners.json');
if (!fs.existsSync(partnersFile)) {
  const secret = () => crypto.randomBytes(32).toString('base64url');
  const partners = [
    { appId: 'hospital-web', name: '医院官网', channel: 'WEB', ratePerMinute: 600 },
    { appId: 'hospital-app', name: '医院App', channel: 'APP', ratePerMinute: 600 },
    { appId: 'wechat-official', name: '微信公众号', channel: 'WECHAT', ratePerMinute: 1200 },
    { appId: 'health-road', name: '健康之路', channel: 'THIRD_PARTY', ratePerMinute: 300 },
    { appId: 'hotline-12320', name: '12320卫生热线', channel: 'THIRD_PARTY', ratePerMinute: 300 },
    { appId: 'community-platform', name: '省社区卫生服务平台', channel: 'COMMUNITY', ratePerMinute: 120 },
  ].map((p) => ({ ...p, secret: secret(), ipAllowlist: [], callbackUrl: null }));
  writeSecret(partnersFile, JSON.stringify(partners, null, 2) + '\n');
  say(`generated demo channel partners: ${path.relative(root, partnersFile)}`);
}
env.GATEWAY_PARTNERS_FILE = partnersFile;

// The embedded database gets the demo hospital on first run; a server database only if asked.
if (!env.DATABASE_URL && env.SEED_DEMO === undefined) env.SEED_DEMO = 'true';

// 2. Build when the sources are newer than the build.
function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newest(p));
    else if (entry.name.endsWith('.ts')) t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}
const coreMain = path.join(root, 'dist/apps/booking-core/apps/booking-core/src/main.js');
const gatewayMain = path.join(root, 'dist/apps/gateway/apps/gateway/src/main.js');
const simulatorMain = path.join(root, 'dist/apps/provider-simulator/main.js');
const builtAt = Math.min(
  ...[coreMain, gatewayMain, simulatorMain].map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)),
);
if (builtAt < Math.max(newest(path.join(root, 'apps')), newest(path.join(root, 'libs')))) {
  say('building…');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}

// 3. Run both; if one stops, stop the other.
const children = [];
let stopping = false;
function run(name, file) {
  const child = spawn(process.execPath, [file], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} exited (${signal || code}); stopping`);
      shutdown(code || 1);
    }
  });
  children.push(child);
  return child;
}
function shutdown(code) {
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(
    () => process.exit(code),
  );
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function waitFor(url, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

// The demo's SMS gateway, WeChat and app push: a local simulator that records every message
// (GET http://127.0.0.1:3900/_sim/messages), unless real providers are configured.
const simPort = env.SIM_PORT || '3900';
const simUrl = `http://127.0.0.1:${simPort}`;
const useSimulator = !env.SMS_URL;
if (useSimulator) {
  env.SIM_PORT = simPort;
  env.SIM_SMS_API_KEY = env.SIM_SMS_API_KEY || crypto.randomBytes(16).toString('hex');
  env.SIM_WECHAT_ACCESS_TOKEN = env.SIM_WECHAT_ACCESS_TOKEN || crypto.randomBytes(16).toString('hex');
  env.SIM_PUSH_API_KEY = env.SIM_PUSH_API_KEY || crypto.randomBytes(16).toString('hex');
  env.SMS_URL = `${simUrl}/sms/send`;
  env.SMS_API_KEY = env.SIM_SMS_API_KEY;
  env.WECHAT_URL = env.WECHAT_URL || `${simUrl}/wechat/cgi-bin/message/template/send`;
  env.WECHAT_ACCESS_TOKEN = env.WECHAT_ACCESS_TOKEN || env.SIM_WECHAT_ACCESS_TOKEN;
  env.PUSH_URL = env.PUSH_URL || `${simUrl}/push/v1/messages`;
  env.PUSH_API_KEY = env.PUSH_API_KEY || env.SIM_PUSH_API_KEY;
}

(async () => {
  const corePort = env.CORE_PORT || '3001';
  const gatewayPort = env.GATEWAY_PORT || '3000';
  env.CORE_URL = env.CORE_URL || `http://127.0.0.1:${corePort}`;
  if (useSimulator) {
    run('provider-simulator', simulatorMain);
    if (!(await waitFor(`${simUrl}/_sim/health`, 30))) {
      say('the provider simulator did not start');
      return shutdown(1);
    }
  }
  run('booking-core', coreMain);
  if (!(await waitFor(`${env.CORE_URL}/v1/health/ready`, 120))) {
    say('booking-core did not become ready in 120 s');
    return shutdown(1);
  }
  run('gateway', gatewayMain);
  if (!(await waitFor(`http://127.0.0.1:${gatewayPort}/v1/health/ready`, 60))) {
    say('gateway did not become ready in 60 s');
    return shutdown(1);
  }
  say('');
  say(
    `gateway (partner API)   http://127.0.0.1:${gatewayPort}/v1   docs: http://127.0.0.1:${gatewayPort}/docs`,
  );
  say(`booking-core (intranet) ${env.CORE_URL}/v1   docs: ${env.CORE_URL}/docs`);
  say(
    `database                ${env.DATABASE_URL ? env.DATABASE_URL.replace(/\/\/[^@]*@/, '//***@') : 'embedded PGlite in .data/pglite'}`,
  );
  say(
    `partner ids and secrets ${path.relative(root, partnersFile)}: ${JSON.parse(
      fs.readFileSync(partnersFile, 'utf8'),
    )
      .map((p) => p.appId)
      .join(', ')}`,
  );
  say(`internal client tokens  ${path.relative(root, tokensFile)}`);
  if (useSimulator)
    say(`SMS / WeChat / push      simulated at ${simUrl} — messages: ${simUrl}/_sim/messages`);
  say('try: npm run partner -- GET /v1/departments');
})();
