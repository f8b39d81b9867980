import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { canAnywhere, type Actor, type Action } from '@/lib/auth/policy';

// Entries appear only when the policy lets the actor do their action somewhere.
const ENTRIES: { href: string; label: 'dashboard' | 'units' | 'members' | 'targets' | 'movements' | 'initiatives' | 'awards' | 'awardTypes'; action: Action }[] = [
  { href: '/', label: 'dashboard', action: 'dashboard.view' },
  { href: '/units', label: 'units', action: 'unit.view' },
  { href: '/members', label: 'members', action: 'member.view' },
  { href: '/targets', label: 'targets', action: 'dashboard.view' },
  { href: '/movements', label: 'movements', action: 'unit.view' },
  { href: '/initiatives', label: 'initiatives', action: 'unit.view' },
  { href: '/awards', label: 'awards', action: 'unit.view' },
  { href: '/admin/award-types', label: 'awardTypes', action: 'awardType.manage' },
];

export async function MainNav({ actor }: { actor: Actor }) {
  const t = await getTranslations('nav');
  const entries = ENTRIES.filter((entry) => canAnywhere(actor, entry.action));
  return (
    <nav aria-label={t('label')}>
      <ul className="flex flex-wrap gap-x-2 gap-y-1 sm:gap-x-4">
        {entries.map((entry) => (
          <li key={entry.href}>
            <Link href={entry.href} className="block rounded px-2 py-2 font-semibold hover:bg-brand-800">
              {t(entry.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
