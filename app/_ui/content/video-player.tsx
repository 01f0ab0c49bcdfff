import { toVideoEmbed, type VideoPlayerSource } from '@/lib/content/videos';
import { VideoEmbed } from './video-embed';

/**
 * A file plays in the browser's own player and downloads nothing until asked; a hosted
 * video shows a local poster and loads the provider's privacy-enhanced player only when
 * the reader presses play, so opening the page makes no request to a third party.
 */
export function VideoPlayer({ title, player }: { title: string; player: VideoPlayerSource }) {
  const embed = toVideoEmbed(player);
  if (!embed) {
    return <p className="rounded-lg border border-slate-200 bg-slate-50 p-5 text-slate-800">This video cannot be played at the moment.</p>;
  }
  if (embed.kind === 'file') {
    return (
      <video controls preload="none" src={embed.src} className="aspect-video w-full rounded-lg bg-slate-900" aria-label={`Video: ${title}`}>
        <a href={embed.src}>Download the video: {title}</a>
      </video>
    );
  }
  return <VideoEmbed title={title} src={embed.src} providerName={embed.provider === 'youtube' ? 'YouTube' : 'Vimeo'} />;
}
