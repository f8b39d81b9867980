import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Only lib/db.ts, lib/<domain>/data.ts and lib/<domain>/mutations.ts may reach the Prisma client, so
// the audit surface for database access is a handful of files (type-only imports are fine anywhere).
const DATABASE_GATES = ['lib/db.ts', 'lib/*/data.ts', 'lib/*/mutations.ts', 'lib/runtime/**', 'prisma/**', 'tests/**'];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['.next/**', 'lib/generated/**', 'node_modules/**', '.data/**', '.data-bench/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: DATABASE_GATES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@/lib/db', message: 'Only data.ts and mutations.ts touch the database.' },
            { name: '@/lib/generated/prisma/client', message: 'Only data.ts and mutations.ts touch the Prisma client.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
];

export default config;
