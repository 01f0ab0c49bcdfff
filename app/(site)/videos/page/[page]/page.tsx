import type { Metadata } from 'next';
import { VideoListPage, videoListMetadata, type VideoListPageProps } from '@/app/(site)/_routes/video-index';

export function generateMetadata(props: VideoListPageProps): Promise<Metadata> {
  return videoListMetadata(props);
}

export default function VideosListPage(props: VideoListPageProps) {
  return <VideoListPage {...props} />;
}
