import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FormState } from '@/lib/form-state';
import { CoverImageField } from './cover-image-field';

// No DOM here: what the form submits and what a screen reader is told are read from the markup.
const idle: FormState = { status: 'idle' };
const current = { id: 42, url: '/media/0123456789abcdef-640.webp', width: 640, height: 360, alt: 'A stethoscope on a desk' };

const hiddenId = (html: string) => /<input type="hidden" name="coverImageId" value="([^"]*)"/.exec(html)?.[1];

describe('<CoverImageField>', () => {
  it('shows the current image with its text alternative and a way to remove it; the form carries its id', () => {
    const html = renderToStaticMarkup(<CoverImageField state={idle} defaultImage={current} />);
    expect(hiddenId(html)).toBe('42');
    expect(html).toContain('src="/media/0123456789abcdef-640.webp"');
    expect(html).toMatch(/name="coverImageAlt"[^>]*value="A stethoscope on a desk"/);
    expect(html).toContain('Remove image');
    expect(html).toContain('<legend');
    // The file itself never goes with the form: its input has no name.
    expect(html).toMatch(/<input[^>]*type="file"(?![^>]*name=)[^>]*>/);
    expect(html).toContain('accept="image/jpeg,image/png,image/webp,image/avif"');
    expect(html).toContain('up to 8 MB');
  });

  it('offers an upload and an empty id without an image', () => {
    const html = renderToStaticMarkup(<CoverImageField state={idle} defaultImage={null} maxUploadBytes={2 * 1024 * 1024} />);
    expect(hiddenId(html)).toBe('');
    expect(html).not.toContain('Remove image');
    expect(html).toContain('Choose an image');
    expect(html).toContain('up to 2 MB');
  });

  it('keeps what a refused save kept (the image removed, the alternative typed) and shows its messages beside the fields', () => {
    const state: FormState = {
      status: 'error',
      values: { coverImageId: '', coverImageAlt: 'typed' },
      fieldErrors: { coverImageAlt: ['Describe the image for readers who cannot see it.'], coverImageId: ['That image no longer exists.'] },
    };
    const html = renderToStaticMarkup(<CoverImageField state={state} defaultImage={current} />);
    expect(hiddenId(html)).toBe('');
    expect(html).toMatch(/name="coverImageAlt"[^>]*value="typed"/);
    expect(html).toMatch(/<input id="[^"]*-alt"[^>]*aria-invalid="true"[^>]*name="coverImageAlt"/);
    expect(html).toContain('Describe the image for readers who cannot see it.');
    expect(html).toContain('That image no longer exists.');
    expect(html).toMatch(/type="file"[^>]*aria-invalid="true"/);
  });
});
