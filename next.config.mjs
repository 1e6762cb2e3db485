import { fileURLToPath } from 'node:url'
import createMDX from '@next/mdx'

/**
 * `npm run edit` sets ANUVIA_EDIT=1: the browser editor for staff (Keystatic) then exists, with
 * its pages and API under app/(editor)/. Its route files end in `.edit.tsx` / `.edit.ts`, which
 * Next only treats as routes in edit mode, so the public build has no editor page, API or script.
 */
const editMode = process.env.ANUVIA_EDIT === '1'

/**
 * In edit mode every address of the site is answered by the editor's preview route
 * (app/(editor)/preview/), which looks the page up on each visit, so a page saved a moment ago
 * shows at once. The editor's own addresses, Next's files and the site's files (pictures under
 * /images/ included, so the preview shows them) stay as they are.
 */
async function previewRewrites() {
  return {
    beforeFiles: [
      {
        source: '/:path((?!(?:keystatic|api|content-problems|publishing|preview|_next|images)(?:/|$)|icon\\.svg|share-image\\.png|sitemap\\.xml|robots\\.txt|favicon\\.ico).*)',
        destination: '/preview/:path',
      },
    ],
  }
}

/** The editor uses the computer's own fonts: Keystatic's link to Google's is taken out. */
const editorRules = {
  'keystatic-core-ui.js': {
    condition: { content: /fonts\.googleapis\.com/ },
    loaders: [fileURLToPath(new URL('./scripts/keystatic-system-fonts-loader.cjs', import.meta.url))],
  },
}

/**
 * `npm run editor:start` (the editor as a service, lib/editor-service/) sets ANUVIA_EDITOR_SERVICE=1
 * too: its production build goes to its own folder, apart from the public site's.
 */
const editorService = editMode && process.env.ANUVIA_EDITOR_SERVICE === '1'

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(editorService ? { distDir: '.next-editor' } : {}),
  // Every route is prerendered to plain HTML in out/, so any static host or CDN can serve it.
  // The editor needs a server (it reads and writes files), so edit mode runs `next dev` without it.
  ...(editMode ? {} : { output: 'export' }),
  pageExtensions: editMode ? ['edit.tsx', 'edit.ts', 'ts', 'tsx', 'mdx'] : ['ts', 'tsx', 'mdx'],
  // Next's development server refuses its own client files to an origin it does not know; this
  // lets the editor work at http://127.0.0.1 as well as http://localhost.
  // The development badge would sit over the editor's own buttons.
  ...(editMode ? { allowedDevOrigins: ['127.0.0.1'], devIndicators: false, rewrites: previewRewrites, turbopack: { rules: editorRules } } : {}),
  // No image server exists on a static host; images are served as they are.
  images: { unoptimized: true },
  poweredByHeader: false,
  // The site's root layout takes <html lang> from the page's address (/es/… is Spanish), so the
  // 404 page, which has no address of its own, is a root layout of its own:
  // app/global-not-found.tsx, in both languages.
  // In edit mode the proxy reads a save whole up to this size (Next's default, 10 MB, cut a save
  // with a big picture short); the save route refuses a bigger one in words (lib/editor/files.ts).
  experimental: { globalNotFound: true, ...(editMode ? { proxyClientMaxBodySize: '40mb' } : {}) },
  reactStrictMode: true,
}

// Turbopack needs plugins named as strings, with options that are plain JSON. The allow-list is
// named by its full path: plugin names are looked up from each page's own folder.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm', fileURLToPath(new URL('./lib/content/remark-allow-list.mjs', import.meta.url))],
    rehypePlugins: ['rehype-slug'],
  },
})

export default withMDX(nextConfig)
