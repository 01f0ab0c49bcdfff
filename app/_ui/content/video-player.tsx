import type { VideoDetail } from '@/lib/content/queries';
import { toSafeHttpUrl } from '@/lib/content/paths';

/**
 * Hosted videos play from the provider's privacy-enhanced address (no cookies until the
 * reader presses play) and load only when scrolled near; a file plays in the browser's own player.
 */
export function VideoPlayer({ title, player }: { title: string; player: NonNullable<VideoDetail['player']> }) {
  const frameClass = 'aspect-video w-full overflow-hidden rounded-lg bg-slate-900';
  if (player.provider === 'file') {
    const src = toSafeHttpUrl(player.fileUrl) ?? (player.fileUrl?.startsWith('/') ? player.fileUrl : null);
    if (!src) return null;
    return <video controls preload="metadata" src={src} className={frameClass} aria-label={`Video: ${title}`} />;
  }
  if (!player.providerVideoId) return null;
  const id = encodeURIComponent(player.providerVideoId);
  const src =
    player.provider === 'youtube'
      ? `https://www.youtube-nocookie.com/embed/${id}?rel=0`
      : `https://player.vimeo.com/video/${id}?dnt=1`;
  return (
    <div className={frameClass}>
      <iframe
        src={src}
        title={`Video: ${title}`}
        loading="lazy"
        allow="encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        className="h-full w-full border-0"
      />
    </div>
  );
}
