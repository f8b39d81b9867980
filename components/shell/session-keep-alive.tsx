'use client';
// Sessions expire after 8 idle hours. With JWT sessions the cookie's expiry moves forward only when
// next-auth's session endpoint is called, so an active user calls it on navigation (at most every
// few minutes); an idle tab calls nothing and the session lapses.
import { useEffect } from 'react';
import { usePathname } from 'next/navigation';

const MIN_INTERVAL_MS = 5 * 60 * 1000;
let lastPing = 0;

export function SessionKeepAlive() {
  const pathname = usePathname();
  useEffect(() => {
    if (Date.now() - lastPing < MIN_INTERVAL_MS) return;
    lastPing = Date.now();
    fetch('/api/auth/session', { credentials: 'same-origin' }).catch(() => {});
  }, [pathname]);
  return null;
}
