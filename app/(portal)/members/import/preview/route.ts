// POST /members/import/preview (multipart: file): every row's problems, nothing written.
import { importRoute } from '@/lib/members/import-http';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  return importRoute(request, 'preview');
}
