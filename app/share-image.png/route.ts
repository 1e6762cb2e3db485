import { shareImage } from '@/lib/page-head/share-image'

// Drawn once at build time into out/share-image.png: a static export has no server to draw it on
// request. A route of its own (not the opengraph-image convention, which writes a file with no
// extension) so every host sends it as image/png.
export const dynamic = 'force-static'

export function GET() {
  return shareImage()
}
