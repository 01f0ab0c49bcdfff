import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { contentTag } from '@/lib/content/cache-tags';
import { tagCachedPage } from '@/lib/content/tag-page';
import { isPastLastPage, type ListParams } from '@/lib/content/pagination';
import { getSpecialtyBySlug } from '@/lib/content/specialties';
import { listVideoSpecialties, listVideosPage } from '@/lib/content/videos';
import { ContentList } from '@/app/_ui/content/content-list';
import { IndexPage } from '@/app/_ui/content/index-page';
import { videoToListItem } from '@/app/_ui/content/list-items';
import { listMetadata, pagedListMetadata, readListParams, type ListPageProps } from './list-route';
import { Pagination } from '@/app/_ui/content/pagination';
import { SpecialtyFilter } from '@/app/_ui/content/specialty-filter';

/*
 * `/videos` is the cached first page (no query string); `/videos/page/[page]` serves deeper
 * and filtered pages per request, carrying the first page's snapshot (`asOf`).
 */

export type VideoListPageProps = ListPageProps;

const BASE_PATH = '/videos';
const TITLE = 'Videos';
const INTRO = 'Talks and case discussions by specialists, newest first.';

export async function VideoIndexPage() {
  await tagCachedPage([contentTag.list('video')]);
  return <VideoList list={{ page: 1, asOf: new Date(), specialty: null }} />;
}

export async function VideoListPage({ params, searchParams }: VideoListPageProps) {
  const list = await readListParams({ params, searchParams });
  if (!list) notFound();
  return <VideoList list={list} />;
}

async function VideoList({ list }: { list: ListParams }) {
  const [paged, options, active] = await Promise.all([
    listVideosPage(list),
    listVideoSpecialties(),
    list.specialty ? getSpecialtyBySlug(list.specialty) : Promise.resolve(null),
  ]);
  if (list.specialty && !active) notFound();
  if (isPastLastPage(paged)) notFound();
  const crumb = [active?.name, paged.page > 1 ? `Page ${paged.page}` : null].filter(Boolean).join(', ');
  return (
    <IndexPage
      title={active ? `${TITLE}: ${active.name}` : TITLE}
      intro={INTRO}
      trail={crumb ? [{ href: BASE_PATH, label: TITLE }] : []}
      current={crumb || TITLE}
    >
      <SpecialtyFilter basePath={BASE_PATH} options={options} active={active} noun="videos" />
      <div className="mt-4">
        {paged.items.length > 0 ? (
          <ContentList items={paged.items.map((video) => videoToListItem(video, { withSummary: true }))} emptyText="" size="roomy" />
        ) : (
          <div className="mt-2 rounded-lg border border-dashed border-slate-300 p-6 text-center">
            <p className="font-semibold text-slate-900">{active ? `No videos in ${active.name} yet.` : 'No videos yet.'}</p>
            <p className="mt-2">
              {active ? (
                <Link href={BASE_PATH} className="link">
                  Show videos in every specialty
                </Link>
              ) : (
                'New talks appear here as soon as they are published.'
              )}
            </p>
          </div>
        )}
      </div>
      <Pagination basePath={BASE_PATH} page={paged.page} totalPages={paged.totalPages} asOf={paged.asOf} specialty={active?.slug ?? null} />
    </IndexPage>
  );
}

export function videoIndexMetadata(): Metadata {
  return listMetadata(TITLE, INTRO, BASE_PATH);
}

export function videoListMetadata(props: VideoListPageProps): Promise<Metadata> {
  return pagedListMetadata({ basePath: BASE_PATH, label: TITLE, intro: INTRO }, props);
}
