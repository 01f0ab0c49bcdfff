import { getCoverImage, type CoverImageView } from '@/lib/content/images';

/*
 * A post's, event's or video's cover image for readers: the resized copies in srcset (the
 * browser picks by `sizes`), the intrinsic width and height so the page does not jump while it
 * loads, and the editor's text alternative. Our own files at their final sizes, so a plain <img>.
 */

const DEFAULT_SIZES = '(min-width: 48rem) 48rem, 100vw';

type Presentation = {
  /** How wide the image is shown, for the browser's choice from srcset. */
  sizes?: string;
  /** Above the fold (the top of an article): loaded at once, not lazily. */
  priority?: boolean;
  className?: string;
};

/** The cover from what getCoverImage (lib/content/images.ts) answered; nothing for null. */
export function CoverImageTag({ image, sizes = DEFAULT_SIZES, priority = false, className }: Presentation & { image: CoverImageView | null }) {
  if (!image) return null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- already resized, content-hashed copies served by /media
    <img
      src={image.src}
      srcSet={image.srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      fetchPriority={priority ? 'high' : undefined}
      className={className ?? 'h-auto w-full rounded-md'}
    />
  );
}

/** The cover of an item by its cover_image_id and cover_image_alt, read here; nothing when it has none. */
export async function CoverImage({ imageId, alt, ...presentation }: Presentation & { imageId: number | null | undefined; alt: string | null | undefined }) {
  return <CoverImageTag image={await getCoverImage(imageId, alt)} {...presentation} />;
}
