// Runs after `npm install`. Some registries (the one our machines use among them) do not serve every
// platform build of packages such as next's SWC binary or Tailwind's oxide; npm then leaves those
// optional packages out of package-lock.json, and `npm ci` refuses the lock as out of sync. This adds
// a minimal entry (version, optional, os/cpu) for each missing one: npm skips them on other platforms
// and, where the registry serves them, fetches them by version as usual. Idempotent.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = 'package-lock.json';
const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'sunos', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];

if (existsSync(FILE)) {
  const lock = JSON.parse(readFileSync(FILE, 'utf8'));
  const packages = lock.packages ?? {};
  let added = 0;
  for (const meta of Object.values(packages)) {
    for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (packages[key]) continue;
      const parts = name.split('/').pop().split('-');
      const entry = { version, optional: true };
      const os = parts.find((part) => OS.includes(part));
      const cpu = parts.find((part) => CPU.includes(part));
      if (os) entry.os = [os];
      if (cpu) entry.cpu = [cpu];
      packages[key] = entry;
      added += 1;
    }
  }
  if (added > 0) {
    lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
    writeFileSync(FILE, JSON.stringify(lock, null, 2) + '\n');
    console.log(`complete-lockfile: added ${added} optional platform entries to ${FILE}`);
  }
}
