'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * Click to load: until the reader presses play there is only this button, drawn here, and
 * no request to the video host at all. Pressing it swaps in the host's player, already
 * playing, and moves focus into it so keyboard users carry on where they were.
 */
export function VideoEmbed({ title, src, providerName }: { title: string; src: string; providerName: string }) {
  const [isLoaded, setIsLoaded] = useState(false);
  const frameRef = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (isLoaded) frameRef.current?.focus();
  }, [isLoaded]);

  if (isLoaded) {
    return (
      <div className="aspect-video w-full overflow-hidden rounded-lg bg-slate-900">
        <iframe
          ref={frameRef}
          src={`${src}${src.includes('?') ? '&' : '?'}autoplay=1`}
          title={`Video: ${title}`}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
          className="h-full w-full border-0"
        />
      </div>
    );
  }

  return (
    <div className="overflow-hidden rounded-lg bg-slate-900 text-white">
      <button
        type="button"
        onClick={() => setIsLoaded(true)}
        aria-label={`Play video: ${title}`}
        className="group flex aspect-video w-full flex-col items-center justify-center gap-3 bg-gradient-to-br from-slate-800 to-brand-900 p-4 focus-visible:outline-4 focus-visible:outline-offset-[-4px] focus-visible:outline-white"
      >
        <span
          aria-hidden="true"
          className="flex h-16 w-16 items-center justify-center rounded-full bg-white/95 text-brand-900 shadow-lg transition group-hover:scale-105 sm:h-20 sm:w-20"
        >
          <svg viewBox="0 0 24 24" className="ml-1 h-8 w-8 sm:h-10 sm:w-10" fill="currentColor">
            <path d="M8 5.5v13a1 1 0 0 0 1.5.86l10.5-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5Z" />
          </svg>
        </span>
        <span className="text-lg font-semibold">Play video</span>
      </button>
      <p className="border-t border-white/20 px-4 py-2 text-sm text-slate-100">
        Pressing play loads the player from {providerName} in its privacy-enhanced mode.
      </p>
    </div>
  );
}
