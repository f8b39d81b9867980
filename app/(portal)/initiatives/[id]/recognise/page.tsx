import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { getInitiative } from '@/lib/initiatives/data';
import { formatVnd, type Locale } from '@/lib/i18n/format';
import { RecogniseForm } from '@/components/initiatives/recognise-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('initiatives.recogniseForm'))('title') };
}

export default async function RecogniseInitiativePage({ params }: PageProps<'/initiatives/[id]/recognise'>) {
  const actor = await getActor();
  const initiative = await getInitiative(Number((await params).id));
  if (!initiative || !can(actor, 'initiative.recognise', initiative)) notFound();
  const [t, locale] = await Promise.all([getTranslations('initiatives'), getLocale() as Promise<Locale>]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t('recogniseForm.title')}</h1>
      <p className="mb-6 text-slate-700">
        <span className="font-medium">{initiative.title}</span> · {t(`kinds.${initiative.kind}`)} · {initiative.year} · {formatVnd(initiative.valueVnd, locale)} · {t(`statuses.${initiative.status}`)}
      </p>
      <RecogniseForm
        initiative={{ id: initiative.id, version: initiative.version, status: initiative.status, recognitionLevel: initiative.recognitionLevel, valueVnd: initiative.valueVnd.toString() }}
        backHref={`/initiatives?unit=${initiative.unitId}`}
      />
    </>
  );
}
