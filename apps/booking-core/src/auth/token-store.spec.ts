import { ROLES } from '@app/contracts';
import { TokenStore } from './token-store';

// The generator both demos use (`npm start` and `docker compose up`): plain JavaScript.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const demo = require('../../../../scripts/demo-clients.js') as {
  demoTokensFile(): string;
  demoPartnersFile(): string;
};

describe('the demo clients of npm start and docker compose', () => {
  it('are a valid tokens file covering every role, the phone centre reading call lists', () => {
    const list = JSON.parse(demo.demoTokensFile()) as { name: string; roles: string[]; token: string }[];
    const store = new TokenStore(list);
    const byName = new Map(list.map((c) => [c.name, c]));
    expect(store.authenticate(byName.get('phone-centre')!.token)).toEqual({
      name: 'phone-centre',
      roles: ['AGENT', 'CALL_CENTRE'],
    });
    expect(new Set(list.flatMap((c) => c.roles))).toEqual(new Set(ROLES));
    expect(new Set(list.map((c) => c.token)).size).toBe(list.length);
  });

  it('refuses a tokens entry with an unknown role, naming it', () => {
    expect(() => new TokenStore([{ name: 'till', roles: ['CASHIER'], token: 'x'.repeat(30) }])).toThrow(
      /token till: roles must be a non-empty subset/,
    );
  });
});
