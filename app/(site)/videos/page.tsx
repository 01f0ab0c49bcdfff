import type { Metadata } from 'next';
import { ContentList } from '@/app/_ui/content/content-list';
import { IndexPage } from '@/app/_ui/content/index-page';
import { videoToListItem } from '@/app/_ui/content/list-items';
import { listPublishedVideos } from '@/lib/content/queries';

export const revalidate = 300;

export const metadata: Metadata = {
  title: 'Videos',
  description: 'Talks and case discussions by specialists, newest first.',
  alternates: { canonical: '/videos' },
};

export default async function VideosPage() {
  const videos = await listPublishedVideos();
  return (
    <IndexPage title="Videos" intro="Talks and case discussions by specialists, newest first.">
      <ContentList
        items={videos.map((video) => videoToListItem(video, { withSummary: true }))}
        emptyText="No videos yet."
        size="roomy"
      />
    </IndexPage>
  );
}
