import { shareImage } from '@/lib/page-head/share-image'

// The Spanish pages' share image, drawn once at build time into out/share-image-es.png, as
// app/share-image.png/route.ts draws the English one.
export const dynamic = 'force-static'

export function GET() {
  return shareImage('es')
}
