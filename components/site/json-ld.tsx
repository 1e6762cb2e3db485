import type { Thing, WithContext } from 'schema-dts'
import { serializeJsonLd } from '@/lib/page-head/structured-data'

/**
 * One block of structured data. A data block (type application/ld+json) is never run as a script,
 * so the Content-Security-Policy does not apply to it and it needs no hash.
 */
export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
