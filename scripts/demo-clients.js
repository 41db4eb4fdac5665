// The demo's internal clients (booking-core tokens) and channel partners, generated the same way
// for `npm start` (scripts/start.js) and `docker compose up` (docker/init-secrets.js), so both
// demos have the same roles.
'use strict';
const crypto = require('node:crypto');

/** Internal clients of booking-core: one token each, with the roles README's table gives. */
const CLIENTS = [
  { name: 'gateway', roles: ['GATEWAY'] },
  { name: 'scheduler', roles: ['SCHEDULER'] },
  { name: 'phone-centre', roles: ['AGENT', 'CALL_CENTRE'] },
  { name: 'counter', roles: ['AGENT'] },
  { name: 'kiosks', roles: ['AGENT'] },
  { name: 'clinic-doctors', roles: ['CLINICIAN'] },
  { name: 'triage-nurses', roles: ['NURSE'] },
  { name: 'registrars', roles: ['REGISTRAR'] },
  { name: 'admin', roles: ['ADMIN'] },
  { name: 'statistics', roles: ['STATISTICS'] }, // R17: reports and the dashboard
];

/** Channel partners of the gateway (R7): the hospital's own web, app and WeChat, and third parties. */
const PARTNERS = [
  { appId: 'hospital-web', name: '医院官网', channel: 'WEB', ratePerMinute: 600 },
  { appId: 'hospital-app', name: '医院App', channel: 'APP', ratePerMinute: 600 },
  { appId: 'wechat-official', name: '微信公众号', channel: 'WECHAT', ratePerMinute: 1200 },
  { appId: 'health-road', name: '健康之路', channel: 'THIRD_PARTY', ratePerMinute: 300 },
  { appId: 'hotline-12320', name: '12320卫生热线', channel: 'THIRD_PARTY', ratePerMinute: 300 },
  { appId: 'community-platform', name: '省社区卫生服务平台', channel: 'COMMUNITY', ratePerMinute: 120 },
];

/** The contents of core-tokens.json: every client with a new random token. */
function demoTokensFile() {
  const clients = CLIENTS.map((c) => ({ ...c, token: crypto.randomBytes(24).toString('base64url') }));
  return JSON.stringify(clients, null, 2) + '\n';
}

/** The contents of partners.json: every partner with a new random secret. */
function demoPartnersFile() {
  const partners = PARTNERS.map((p) => ({
    ...p,
    secret: crypto.randomBytes(32).toString('base64url'),
    ipAllowlist: [],
    callbackUrl: null,
  }));
  return JSON.stringify(partners, null, 2) + '\n';
}

/** Decision 032: a sandbox's partners file — one partner, flagged sandbox, that may set the clock. */
function sandboxPartnersFile() {
  const partner = {
    appId: 'sandbox-partner',
    name: '沙箱合作方',
    channel: 'THIRD_PARTY',
    ratePerMinute: 600,
    secret: crypto.randomBytes(32).toString('base64url'),
    ipAllowlist: [],
    callbackUrl: null,
    sandbox: true,
  };
  return JSON.stringify([partner], null, 2) + '\n';
}

/** The personal-data key (PII_KEY): 32 random bytes, base64. */
function demoPiiKey() {
  return crypto.randomBytes(32).toString('base64') + '\n';
}

/** Reads a JSON file `npm start` or compose made, naming the file when it is broken. */
function readJsonFile(file, what) {
  const fs = require('node:fs');
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${what} ${file} cannot be read (${error.code || error.message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${what} ${file} is not valid JSON (${error.message}): fix it, or delete it to have a new one made`,
    );
  }
}

module.exports = {
  CLIENTS,
  PARTNERS,
  demoTokensFile,
  demoPartnersFile,
  demoPiiKey,
  readJsonFile,
  sandboxPartnersFile,
};
