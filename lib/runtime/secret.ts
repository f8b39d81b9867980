import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DATA_DIR } from './paths';

/** A secret from the environment, else one generated at first start and kept in DATA_DIR. */
function keptSecret(envName: string, file: string, generate: () => string): string {
  const fromEnv = process.env[envName];
  if (fromEnv) return fromEnv;
  const kept = path.join(DATA_DIR, file);
  if (existsSync(kept)) return readFileSync(kept, 'utf8').trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = generate();
  writeFileSync(kept, secret, { mode: 0o600 });
  return secret;
}

/** NEXTAUTH_SECRET: signs the session cookies, so every instance must hold the same one. */
export function sessionSecret(): string {
  return keptSecret('NEXTAUTH_SECRET', 'nextauth-secret', () => randomBytes(32).toString('base64url'));
}

/**
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: an AES-256 key (base64) with which Next encrypts the values a
 * server action closes over. Next otherwise uses a key generated per build, so instances built apart
 * would refuse each other's forms; one key per data folder keeps every instance of a start in step.
 */
export function actionsEncryptionKey(): string {
  return keptSecret('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', 'server-actions-key', () => randomBytes(32).toString('base64'));
}
