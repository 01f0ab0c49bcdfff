import { serializeJsonLd, type JsonLd as JsonLdData } from '@/lib/content/structured-data';

/** schema.org data for crawlers; the serializer escapes anything that could end the script. */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
