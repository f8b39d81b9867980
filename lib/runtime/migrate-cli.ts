// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { prepareDatabase } from './database';

prepareDatabase('never', (line) => console.log(`[migrate] ${line}`))
  .then((database) => database.embedded?.stop())
  .catch((error) => {
    console.error(`[migrate] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
