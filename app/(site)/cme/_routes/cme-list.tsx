import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { listCmeActivities, listCmeSpecialties } from '@/lib/cme/activities';
import { isPastLastPage, parseListParams } from '@/lib/content/pagination';
import { getSpecialtyBySlug } from '@/lib/content/specialties';
import { SpecialtyFilter } from '@/app/_ui/content/specialty-filter';
import { CmeActivityList } from '@/app/_ui/cme/cme-activity-list';
import { CmeTabs } from '@/app/_ui/cme/cme-tabs';
import { cmeListHref, type CmeListAddress } from '@/app/_ui/cme/paths';
import { IndexPage } from '@/app/_ui/content/index-page';
import { PageLinks } from '@/app/_ui/content/pagination';
import { listMetadata } from '@/app/(site)/_routes/list-route';

/*
 * The eight CME list routes share this page. Each is a cached page (revalidate 300) whose
 * address says everything: the tab, the specialty and the page number are path segments, so
 * there is no query string to make a page per request. An address naming no real page (page
 * 0 or 1 spelled out, a made-up specialty, a page past the end) is a 404.
 */

export type CmeListRouteParams = { params: Promise<{ specialty?: string; page?: string }> };

const copy = {
  current: {
    title: 'CME activities',
    intro: 'Accredited continuing medical education: read or watch, pass the post-test, and get a certificate anyone can verify.',
  },
  archive: {
    title: 'CME archive',
    intro: 'Activities whose credit period has ended. Signed-in doctors can still read them; they no longer offer credit.',
  },
};

/** The list an address names, or null for one that is not a page. */
async function readAddress(archive: boolean, { params }: CmeListRouteParams): Promise<CmeListAddress | null> {
  const raw = await params;
  // Page 1 has one address, without /page/1.
  if (raw.page === '1') return null;
  const parsed = parseListParams({ page: raw.page, specialty: raw.specialty });
  if (!parsed) return null;
  return { archive, specialty: parsed.specialty, page: parsed.page };
}

export async function CmeListPage({ archive, ...props }: { archive: boolean } & CmeListRouteParams) {
  const address = await readAddress(archive, props);
  if (!address) notFound();
  const [paged, options, active] = await Promise.all([
    listCmeActivities(address),
    listCmeSpecialties(archive),
    address.specialty ? getSpecialtyBySlug(address.specialty) : Promise.resolve(null),
  ]);
  if (address.specialty && !active) notFound();
  if (isPastLastPage(paged)) notFound();

  const { title, intro } = copy[archive ? 'archive' : 'current'];
  const crumb = [archive ? 'Archive' : null, active?.name, paged.page > 1 ? `Page ${paged.page}` : null].filter(Boolean).join(', ');
  return (
    <IndexPage title={active ? `${title}: ${active.name}` : title} intro={intro} trail={crumb ? [{ href: '/cme', label: 'CME' }] : []} current={crumb || 'CME'}>
      <CmeTabs archive={archive} specialty={active?.slug ?? null} />
      <div className="mt-6">
        <SpecialtyFilter
          basePath={cmeListHref({ archive, specialty: null, page: 1 })}
          specialtyHref={(slug) => cmeListHref({ archive, specialty: slug, page: 1 })}
          options={options}
          active={active ? { slug: active.slug, name: active.name } : null}
          noun={archive ? 'archived activities' : 'current activities'}
        />
      </div>
      {paged.total > 0 ? (
        <p className="mt-6 text-sm text-slate-700">
          {paged.total} {paged.total === 1 ? 'activity' : 'activities'}
          {paged.totalPages > 1 ? `, page ${paged.page} of ${paged.totalPages}` : ''}
        </p>
      ) : null}
      <div className="mt-2">
        {paged.items.length > 0 ? (
          <CmeActivityList items={paged.items} archive={archive} />
        ) : (
          <div className="mt-4 rounded-lg border border-dashed border-slate-300 p-6 text-center">
            <p className="font-semibold text-slate-900">
              {archive ? 'No archived activities' : 'No current activities'}
              {active ? ` in ${active.name}` : ''} yet.
            </p>
            <p className="mt-2">
              {active ? (
                <Link href={cmeListHref({ archive, specialty: null, page: 1 })} className="link">
                  Show {archive ? 'archived' : 'current'} activities in every specialty
                </Link>
              ) : archive ? (
                <Link href="/cme" className="link">
                  See current activities
                </Link>
              ) : (
                <span className="text-slate-700">New activities appear here as soon as they are released.</span>
              )}
            </p>
          </div>
        )}
      </div>
      <PageLinks page={paged.page} totalPages={paged.totalPages} href={(n) => cmeListHref({ ...address, page: n })} />
    </IndexPage>
  );
}

const notFoundMetadata: Metadata = { title: 'Page not found', robots: { index: false } };

export async function cmeListMetadata(archive: boolean, props: CmeListRouteParams): Promise<Metadata> {
  const address = await readAddress(archive, props);
  if (!address) return notFoundMetadata;
  const active = address.specialty ? await getSpecialtyBySlug(address.specialty) : null;
  if (address.specialty && !active) return notFoundMetadata;
  const { title, intro } = copy[archive ? 'archive' : 'current'];
  const named = active ? `${title}: ${active.name}` : title;
  return listMetadata(address.page > 1 ? `${named} (page ${address.page})` : named, intro, cmeListHref(address));
}
