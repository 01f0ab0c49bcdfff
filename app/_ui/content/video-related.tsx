import Link from 'next/link';
import type { VideoDetail, VideoListItem } from '@/lib/content/videos';
import { ContentList } from './content-list';
import { videoToListItem } from './list-items';

/** Other videos of the same specialty (outside the video's own series), under its text. */
export function VideoRelated({ video, items }: { video: VideoDetail; items: VideoListItem[] }) {
  if (!video.specialty || items.length === 0) return null;
  return (
    <section aria-labelledby="related-videos" className="mt-12 border-t border-slate-200 pt-6">
      <h2 id="related-videos" className="text-xl font-bold text-slate-900">
        More {video.specialty.name} videos
      </h2>
      <div className="mt-2">
        <ContentList items={items.map((item) => videoToListItem(item))} emptyText="" />
      </div>
      <p className="mt-4">
        <Link href={`/specialties/${video.specialty.slug}`} className="link">
          Everything in {video.specialty.name}
          <span aria-hidden="true"> →</span>
        </Link>
      </p>
    </section>
  );
}
