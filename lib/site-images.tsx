import { ImageResponse } from 'next/og'
import { SHARE_IMAGE, SITE_ICON } from '@/lib/metadata'
import { facts } from '@/lib/program-facts'
import tailwindConfig from '@/tailwind.config'

/**
 * The site's pictures, drawn at build time with next/og: the share image link previews show for
 * every page (Open Graph and Twitter cards) and the icon browsers and search results show. They
 * use next/og's own bundled font: text in plain Latin letters needs no font download, so the
 * build makes no network request. Each is a route of its own under app/ (share-image.png,
 * icon-192.png) so it is written to out/ with its extension and every host sends it as image/png;
 * lib/metadata.ts puts them in every page's tags.
 */
const { colors } = tailwindConfig.theme.extend

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
        <div style={{ fontSize: 120, lineHeight: 1.1 }}>{facts.organization.name}</div>
        <div style={{ fontSize: 60, marginTop: 24, lineHeight: 1.2 }}>Substance use treatment programs</div>
        <div style={{ fontSize: 48, marginTop: 64, color: colors.brand.light }}>{`Call ${facts.phone.display}`}</div>
      </div>
    ),
    { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height },
  )
}

/** The first letter of the organization's name, white on the brand color. */
export function siteIcon(): ImageResponse {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          background: colors.brand.DEFAULT,
          color: 'white',
          fontSize: SITE_ICON.size * 0.7,
        }}
      >
        {facts.organization.name.charAt(0)}
      </div>
    ),
    { width: SITE_ICON.size, height: SITE_ICON.size },
  )
}
