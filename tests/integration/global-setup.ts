// Starts one embedded PostgreSQL for the integration run and migrates a template database; each
// test file clones the template (setup-file.ts), so files stay independent and start in milliseconds.
import type { TestProject } from 'vitest/node';
import { startTestCluster, createMigratedDatabase } from '../support/test-cluster';

export const TEMPLATE = 'portal_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestCluster('vitest');
  await createMigratedDatabase(server, TEMPLATE);
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('pgTemplate', TEMPLATE);
  return async () => {
    await server.stop();
  };
}
