// Decides whether `npm start` must rebuild: a hash of every input of the production build, stored
// beside the build. A second start with nothing changed skips the 30–70 s build.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'public', 'prisma/schema.prisma', 'next.config.ts', 'tsconfig.json', 'postcss.config.mjs', 'package-lock.json', 'proxy.ts', 'instrumentation.ts'];
const SKIP = new Set(['node_modules', 'generated', '.next', '.data', 'runtime']);
const STAMP = path.join('.next', 'source-hash');

function collect(entry: string, files: string[]) {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const child of readdirSync(entry).sort()) if (!SKIP.has(child)) collect(path.join(entry, child), files);
  } else files.push(entry);
}

export function sourceHash(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) collect(path.join(root, input), files);
  const hash = createHash('sha256');
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export function isBuildCurrent(hash: string): boolean {
  return existsSync(path.join('.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;
}

export function markBuilt(hash: string) {
  writeFileSync(STAMP, hash);
}
