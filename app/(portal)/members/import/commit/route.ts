// POST /members/import/commit (multipart: file, sha256 of the previewed file): all rows or none.
import { importRoute } from '@/lib/members/import-http';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  return importRoute(request, 'commit');
}
