import { NotFoundNotice } from '@/components/shell/not-found-notice';

export default function NotFound() {
  return (
    <main className="px-4 py-10">
      <NotFoundNotice />
    </main>
  );
}
