import { VideoIndexPage, videoIndexMetadata } from '@/app/(site)/_routes/video-index';

export const revalidate = 300;

export const metadata = videoIndexMetadata();

export default function VideosPage() {
  return <VideoIndexPage />;
}
