import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { canAnywhere, type Actor, type Action } from '@/lib/auth/policy';
import { mayManageAwardTypes } from '@/lib/awards/data';

type Entry = { href: string; label: 'dashboard' | 'units' | 'members' | 'targets' | 'movements' | 'initiatives' | 'awards' | 'awardTypes'; action: Action };

// Entries appear only when the policy lets the actor do their action somewhere.
const ENTRIES: Entry[] = [
  { href: '/', label: 'dashboard', action: 'dashboard.view' },
  { href: '/units', label: 'units', action: 'unit.view' },
  { href: '/members', label: 'members', action: 'member.view' },
  { href: '/targets', label: 'targets', action: 'dashboard.view' },
  { href: '/movements', label: 'movements', action: 'unit.view' },
  { href: '/initiatives', label: 'initiatives', action: 'unit.view' },
  { href: '/awards', label: 'awards', action: 'unit.view' },
  { href: '/admin/award-types', label: 'awardTypes', action: 'awardType.manage' },
];

/** The entries the actor may open: award types only for an admin of a top unit, as the page requires. */
export async function navEntriesFor(actor: Actor): Promise<Entry[]> {
  const awardTypes = await mayManageAwardTypes(actor);
  return ENTRIES.filter((entry) => (entry.label === 'awardTypes' ? awardTypes : canAnywhere(actor, entry.action)));
}

export async function MainNav({ actor }: { actor: Actor }) {
  const [t, entries] = await Promise.all([getTranslations('nav'), navEntriesFor(actor)]);
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
