// Who is calling: the session's user id, then that user's grants from the database. Cached per
// request with React's cache() so a page and its components share one lookup.
import 'server-only';
import { cache } from 'react';
import { readSessionUserId } from './session';
import { loadActor } from './data';
import type { Actor } from './policy';

export const getActor = cache(async (): Promise<Actor | null> => {
  const userId = await readSessionUserId();
  return userId === null ? null : loadActor(userId);
});
