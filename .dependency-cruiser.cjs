/**
 * The shape of the code, checked in CI (`npm run check:deps`, part of `npm run lint`).
 * Decision 025: features of booking-core import each other only through their index.ts; only
 * repositories reach the database; the gateway never touches database code; libraries never
 * import the apps.
 */
const CORE = '^apps/booking-core/src';
/** Infrastructure every feature may use directly: not features with internals to hide. */
const INFRA = `${CORE}/(auth|clock|config|database|shared|openapi)/`;

module.exports = {
  forbidden: [
    {
      name: 'feature-internals',
      comment:
        "A feature of booking-core uses another feature only through that feature's index.ts (its module " +
        'and the services and DTOs it exports) — never its repository or other internals.',
      severity: 'error',
      from: { path: `${CORE}/([^/]+)/` },
      to: {
        path: `${CORE}/[^/]+/`,
        pathNot: [`${CORE}/$1/`, `${CORE}/[^/]+/index\\.ts$`, INFRA],
      },
    },
    {
      name: 'only-repositories-touch-the-database',
      comment:
        'STYLE 2: the SQL client is for repositories (and readiness); services and controllers call them.',
      severity: 'error',
      from: {
        path: `${CORE}/`,
        pathNot: [`${CORE}/database/`, '\\.repository\\.ts$', `${CORE}/health/`, '\\.spec\\.ts$'],
      },
      to: { path: `${CORE}/database/sql-client\\.ts$` },
    },
    {
      name: 'database-drivers-in-the-database-layer',
      comment: 'TypeORM and the drivers are used by apps/booking-core/src/database alone.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: [`${CORE}/database/`] },
      to: { path: 'node_modules/(typeorm|@nestjs/typeorm|pg|pg-pool|mssql|tedious|@electric-sql/pglite)/' },
    },
    {
      name: 'gateway-never-reaches-the-database',
      comment: 'R20: the firewall-facing gateway has no database code and no way into booking-core but HTTP.',
      severity: 'error',
      from: { path: '^apps/gateway/' },
      to: {
        path: [
          '^apps/booking-core/',
          'node_modules/(typeorm|@nestjs/typeorm|pg|pg-pool|mssql|tedious|@electric-sql/pglite)/',
        ],
      },
    },
    {
      name: 'apps-stand-alone',
      comment: 'Each app is deployed on its own: no app imports another.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-never-import-apps',
      comment: 'Shared libraries serve the apps; test harnesses that start the apps live in test/support.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle between modules makes the order of Nest providers and of decorators fragile.',
      severity: 'error',
      from: { path: '^(apps|libs)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage)/|scripts/tsql/generated/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
