import { siteIcon } from '@/lib/site-images'

// Drawn once at build time into out/icon-192.png (see lib/site-images.tsx).
export const dynamic = 'force-static'

export function GET() {
  return siteIcon()
}
