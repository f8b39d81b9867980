import path from 'node:path';

/** Git-ignored folder for the embedded database, the generated secret and build stamps. */
export const DATA_DIR = path.resolve(process.env.DATA_DIR ?? path.join(process.cwd(), '.data'));
export const APP_DATABASE = 'union_portal';
