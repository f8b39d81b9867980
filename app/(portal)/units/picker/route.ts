// GET /units/picker?kinds=…&q=…&after=…&exclude=…: one page of the units the signed-in person
// manages that match, as JSON, for the search-as-you-type picker. A route handler is a public
// endpoint: it reads the session and scopes its own query (searchManagedUnits filters by the
// actor's unit.manage grants); outside the scope there is simply nothing to find.
import { getActor } from '@/lib/auth/actor';
import { searchManagedUnits } from '@/lib/units/data';
import { unitPickerQuerySchema } from '@/lib/units/schema';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const query = unitPickerQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const page = await searchManagedUnits(actor, { kinds: query.kinds, q: query.q, after: query.after, exclude: query.exclude ? [query.exclude] : [] });
  return Response.json(page, { headers: { 'Cache-Control': 'private, no-store' } });
}
