#!/usr/bin/env node
// `npm start`: the whole platform on one machine. Creates what the demo needs in ./.data/
// (keys, tokens, partners) on first run and says so, builds if the sources changed, then
// runs booking-core (intranet, 127.0.0.1) and the gateway (the outside-facing port).
'use strict';
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const {
  demoPartnersFile,
  demoPiiKey,
  demoTokensFile,
  readJsonFile,
  sandboxPartnersFile,
} = require('./demo-clients');

const root = path.resolve(__dirname, '..');
const dataDir = path.join(root, '.data');
const env = { ...process.env };
const say = (line) => process.stdout.write(`[start] ${line}\n`);
const fail = (line) => {
  process.stderr.write(`[start] ${line}\n`);
  process.exit(1);
};

fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });

function writeSecret(file, content) {
  fs.writeFileSync(file, content, { mode: 0o600 });
}

// 1. Secrets and client lists for the demo (kept across runs).
const keyFile = path.join(dataDir, 'pii-key');
if (!env.PII_KEY) {
  if (!fs.existsSync(keyFile)) {
    writeSecret(keyFile, demoPiiKey());
    say(`generated the personal-data key: ${path.relative(root, keyFile)} (set PII_KEY to use your own)`);
  }
  env.PII_KEY = fs.readFileSync(keyFile, 'utf8').trim();
}

const tokensFile = env.CORE_TOKENS_FILE
  ? path.resolve(root, env.CORE_TOKENS_FILE)
  : path.join(dataDir, 'core-tokens.json');
if (!fs.existsSync(tokensFile)) {
  writeSecret(tokensFile, demoTokensFile());
  say(`generated internal client tokens: ${path.relative(root, tokensFile)}`);
}
env.CORE_TOKENS_FILE = tokensFile;
let tokens;
try {
  tokens = readJsonFile(tokensFile, 'CORE_TOKENS_FILE');
} catch (error) {
  fail(error.message);
}
const gatewayToken = Array.isArray(tokens)
  ? tokens.find((t) => Array.isArray(t.roles) && t.roles.includes('GATEWAY'))
  : undefined;
if (!env.CORE_TOKEN) {
  if (!gatewayToken || !gatewayToken.token)
    fail(
      `CORE_TOKENS_FILE ${tokensFile} has no GATEWAY client with a token in clear: add one, or set CORE_TOKEN`,
    );
  env.CORE_TOKEN = gatewayToken.token;
}

// Decision 032: `SANDBOX=true npm start` is a partner sandbox — its own embedded database with
// the demo hospital, booking-core's test clock on, and one sandbox partner that may set it.
const sandbox = env.SANDBOX === 'true';
if (sandbox) {
  env.ENABLE_TEST_CLOCK = env.ENABLE_TEST_CLOCK || 'true';
  if (!env.DATABASE_URL) {
    env.DATABASE_URL = `pglite://${path.join(dataDir, 'sandbox-pglite')}`;
    env.SEED_DEMO = env.SEED_DEMO || 'true';
  }
}
const partnersFile = env.GATEWAY_PARTNERS_FILE
  ? path.resolve(root, env.GATEWAY_PARTNERS_FILE)
  : path.join(dataDir, sandbox ? 'partners.sandbox.json' : 'partners.json');
if (!fs.existsSync(partnersFile)) {
  writeSecret(partnersFile, sandbox ? sandboxPartnersFile() : demoPartnersFile());
  say(
    `generated ${sandbox ? 'the sandbox partner' : 'demo channel partners'}: ${path.relative(root, partnersFile)}`,
  );
}
let partners;
try {
  partners = readJsonFile(partnersFile, 'GATEWAY_PARTNERS_FILE');
} catch (error) {
  fail(error.message);
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
const stale = builtAt < Math.max(newest(path.join(root, 'apps')), newest(path.join(root, 'libs')));

/** One app's build, with a line every 10 s so a first build (a minute or two) is not silence. */
function build(app, index, count) {
  return new Promise((resolve) => {
    const started = Date.now();
    say(`building ${app} (${index}/${count})…`);
    const child = spawn('npx', ['nest', 'build', app], { cwd: root, stdio: 'inherit' });
    const ticker = setInterval(
      () => say(`  still building ${app}: ${Math.round((Date.now() - started) / 1000)} s`),
      10_000,
    );
    child.on('exit', (code) => {
      clearInterval(ticker);
      if (code !== 0) fail(`building ${app} failed (exit ${code}); the compiler's messages are above`);
      say(`  ${app} built in ${Math.round((Date.now() - started) / 1000)} s`);
      resolve();
    });
  });
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

/** Resolves to null when `port` on `host` is free, else the reason (EADDRINUSE, EACCES…). */
function portProblem(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error) => resolve(error.code || error.message));
    server.listen({ port: Number(port), host, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

(async () => {
  const corePort = env.CORE_PORT || '3001';
  const gatewayPort = env.GATEWAY_PORT || '3000';
  // Before starting anything: every port this demo needs must be free.
  const ports = [
    { port: gatewayPort, host: env.GATEWAY_HOST || '0.0.0.0', variable: 'GATEWAY_PORT', what: 'the gateway' },
    { port: corePort, host: env.CORE_HOST || '127.0.0.1', variable: 'CORE_PORT', what: 'booking-core' },
    ...(useSimulator
      ? [{ port: simPort, host: '127.0.0.1', variable: 'SIM_PORT', what: 'the provider simulator' }]
      : []),
  ];
  for (const p of ports) {
    const problem = await portProblem(p.port, p.host);
    if (problem === 'EADDRINUSE')
      fail(
        `port ${p.port} (${p.what}, ${p.variable}) is already in use — an earlier npm start still running? ` +
          `Stop it (\`lsof -i :${p.port}\` shows the process) or set ${p.variable} to a free port.`,
      );
    if (problem) fail(`port ${p.port} (${p.what}, ${p.variable}) cannot be used: ${problem}`);
  }
  if (stale) {
    const apps = ['booking-core', 'gateway', 'provider-simulator'];
    say(`building the apps (the first build takes a minute or two)`);
    for (const [i, app] of apps.entries()) await build(app, i + 1, apps.length);
  }

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
    `partner ids and secrets ${path.relative(root, partnersFile)}: ${
      Array.isArray(partners) ? partners.map((p) => p.appId).join(', ') : '(see the file)'
    }`,
  );
  say(`internal client tokens  ${path.relative(root, tokensFile)}`);
  if (useSimulator)
    say(`SMS / WeChat / push      simulated at ${simUrl} — messages: ${simUrl}/_sim/messages`);
  const base = gatewayPort === '3000' ? '' : ` --base http://127.0.0.1:${gatewayPort}`;
  say(`try: npm run -s partner --${base} GET /v1/departments | jq '.[0]'`);
})();
