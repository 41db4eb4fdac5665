/** Three tiers (STYLE 12): unit specs beside the code, integration against a real database
 * (embedded by default, TEST_DATABASE_URL when set), e2e with both apps over HTTP. */
const shared = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // ESM-only dependencies of @fastify/static (Node 20.19 loads them natively; Jest does not).
    '^.+/node_modules/content-disposition/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@app/(contracts|domain|common|partner-client)(|/.*)$': '<rootDir>/libs/$1/src$2',
    '^@test/support(|/.*)$': '<rootDir>/test/support$1',
  },
  rootDir: __dirname,
};

module.exports = {
  maxWorkers: 2,
  // Integration and e2e files start real servers and databases; a hung one still fails in time.
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/global-setup.ts',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/scripts/**/*.spec.ts',
      ],
      setupFiles: ['<rootDir>/test/setup-unit.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
    // SQL Server only (locks, WAITFOR, sys.dm_tran_locks): defined when TEST_MSSQL_URL is set
    // (npm run test:mssql, .github/workflows/mssql.yml).
    ...(process.env.TEST_MSSQL_URL
      ? [{ ...shared, displayName: 'mssql', testMatch: ['<rootDir>/test/mssql/**/*.spec.ts'] }]
      : []),
    // Faults with real processes (decision 012): PostgreSQL clusters of the tests' own cut from
    // under booking-core, SIGTERM during load and dispatch. Slow, so once: in the server-database
    // run (TEST_DATABASE_URL set, CI's second pass), where PostgreSQL's binaries are known to exist.
    ...(process.env.TEST_DATABASE_URL
      ? [{ ...shared, displayName: 'faults', testMatch: ['<rootDir>/test/faults/**/*.spec.ts'] }]
      : []),
  ],
};
