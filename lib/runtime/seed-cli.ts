// `npm run db:seed`: loads the demo data into an empty database (DATABASE_URL, or the embedded one).
import { prepareDatabase } from './database';

const log = (line: string) => console.log(`[seed] ${line}`);

prepareDatabase('ifEmpty', log)
  .then(async (database) => {
    if (!database.seeded) log('the database already holds units; nothing loaded');
    await database.embedded?.stop();
  })
  .catch((error) => {
    console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
