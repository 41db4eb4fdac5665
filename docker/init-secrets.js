#!/usr/bin/env node
// `docker compose up`, one-shot: the secrets booking-core and the gateway need, each given only
// its own. Reads ./.data (mounted at /host-data; the same files `npm start` uses) and generates
// what is missing there, in the same formats, so the developer can read them on the host:
//   pii-key            PII_KEY (unless PII_KEY is set)            -> booking-core
//   core-tokens.json   internal clients and their tokens          -> booking-core
//   partners.json      channel partners and their secrets         -> gateway
// plus the gateway's own service token (CORE_TOKEN, unless set)   -> gateway
// Runs as root; the copies in the volumes belong to the apps' user (node, uid 1000).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
// The same generator as `npm start`: the same clients, roles and partners in both demos.
const { demoPartnersFile, demoPiiKey, demoTokensFile } = require('../scripts/demo-clients');

const hostDir = process.env.HOST_DATA_DIR || '/host-data';
const coreDir = process.env.CORE_SECRETS_DIR || '/secrets/core';
const gatewayDir = process.env.GATEWAY_SECRETS_DIR || '/secrets/gateway';
const APP_UID = 1000;
const APP_GID = 1000;
const say = (line) => process.stdout.write(`[secrets] ${line}\n`);

fs.mkdirSync(hostDir, { recursive: true });
const hostOwner = fs.statSync(hostDir);

/** A file in ./.data: read it, or create it (owned like the folder, so its user can read it). */
function hostFile(name, make) {
  const file = path.join(hostDir, name);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  const content = make();
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chownSync(file, hostOwner.uid, hostOwner.gid);
  say(`generated .data/${name}`);
  return content;
}

/** A copy for one app, readable by that app's user only. */
function give(dir, name, content) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, content, { mode: 0o600 });
  fs.chownSync(file, APP_UID, APP_GID);
  fs.chmodSync(file, 0o600);
}

// booking-core: the personal-data key and the internal clients.
if (process.env.PII_KEY) {
  fs.rmSync(path.join(coreDir, 'pii-key'), { force: true });
} else {
  give(coreDir, 'pii-key', hostFile('pii-key', demoPiiKey));
}
const tokensText = hostFile('core-tokens.json', demoTokensFile);
give(coreDir, 'core-tokens.json', tokensText);

// gateway: the partners and its own token for the core (never the other clients' tokens).
const partnersText = hostFile('partners.json', demoPartnersFile);
give(gatewayDir, 'partners.json', partnersText);

if (process.env.CORE_TOKEN) {
  fs.rmSync(path.join(gatewayDir, 'core-token'), { force: true });
} else {
  const gateway = JSON.parse(tokensText).find((t) => Array.isArray(t.roles) && t.roles.includes('GATEWAY'));
  if (!gateway || typeof gateway.token !== 'string') {
    process.stderr.write(
      '[secrets] core-tokens.json has no GATEWAY client with a token in clear: set CORE_TOKEN for the gateway\n',
    );
    process.exit(1);
  }
  give(gatewayDir, 'core-token', gateway.token + '\n');
}

const partnerIds = JSON.parse(partnersText).map((p) => p.appId);
say(`partners (ids and secrets in .data/partners.json): ${partnerIds.join(', ')}`);
say('internal client tokens: .data/core-tokens.json');
