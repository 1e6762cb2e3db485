import { ImageResponse } from 'next/og'
import { SHARE_IMAGE } from '@/lib/page-head/metadata'
import { facts } from '@/lib/facts'
import tailwindConfig from '@/tailwind.config'

/**
 * The share image link previews show for every page (Open Graph and Twitter cards), drawn at
 * build time with next/og. It uses next/og's own bundled font: text in plain Latin letters needs
 * no font download, so the build makes no network request. It is a route of its own
 * (app/share-image.png/route.ts), so it is written to out/ with its extension and every host
 * sends it as image/png; lib/page-head/metadata.ts puts it in every page's tags.
 */
const { colors } = tailwindConfig.theme.extend

/**
 * The text as the bundled font can draw it: Latin letters (U+0020 to U+017F) only. For any other
 * character (an emoji, Chinese or Japanese) next/og would fetch an image or a font from the
 * network at build time (L9); such characters are left out of the picture.
 */
export function inBundledFont(text: string): string {
  return text
    .replace(/[^\u0020-\u017f]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function shareImage(): ImageResponse {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          padding: '80px',
          background: colors.brand.DEFAULT,
          color: 'white',
        }}
      >
        <div style={{ fontSize: 120, lineHeight: 1.1 }}>{inBundledFont(facts.organization.name)}</div>
        <div style={{ fontSize: 60, marginTop: 24, lineHeight: 1.2 }}>Substance use treatment programs</div>
        <div style={{ fontSize: 48, marginTop: 64, color: colors.brand.light }}>{inBundledFont(`Call ${facts.phone.display}`)}</div>
      </div>
    ),
    { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height },
  )
}

