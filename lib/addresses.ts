/**
 * Addresses: where a page's file is and what its web address is, one way and back. The content
 * loader, the content check, the after-build step, the sitemap, the bench and the tests all ask
 * here, so "a file's place under content/ is its address" holds everywhere at any depth.
 *
 *   content file                   address              built file in out/
 *   index.mdx                      /                    index.html
 *   faq.mdx                        /faq                 faq.html
 *   programs/index.mdx             /programs            programs.html
 *   programs/sacot.mdx             /programs/sacot      programs/sacot.html
 *
 * (Next's static export writes /programs as programs.html, beside the folder programs/.)
 */

/** The address's path segments: "/programs/sacot" -> ["programs", "sacot"]; "/" -> []. */
export function segmentsOf(route: string): string[] {
  return route.split('/').filter(Boolean)
}

/** ["programs", "sacot"] -> "/programs/sacot"; [] -> "/". */
export function routeOf(segments: readonly string[]): string {
  return `/${segments.join('/')}`
}

/** "programs/sacot.mdx" -> "/programs/sacot"; "programs/index.mdx" -> "/programs". */
export function routeForContentFile(file: string): string {
  const segments = file.replace(/\.mdx$/, '').split('/')
  if (segments.at(-1) === 'index') segments.pop()
  return routeOf(segments)
}

/**
 * The file a page at this address would have, relative to content/: the plain name for a page
 * ("faq.mdx"), index.mdx for the home page. A folder's own page may also be its index.mdx
 * (programs/index.mdx); the loader finds either.
 */
export function contentFileForRoute(route: string): string {
  return route === '/' ? 'index.mdx' : `${route.slice(1)}.mdx`
}

/** "/" -> "index.html", "/programs/sacot" -> "programs/sacot.html": what the build writes in out/. */
export function htmlFileForRoute(route: string): string {
  return route === '/' ? 'index.html' : `${route.slice(1)}.html`
}

/** The other way: "faq.html" -> "/faq". Undefined for 404.html, which is no page's address. */
export function routeForHtmlFile(file: string): string | undefined {
  if (file === '404.html' || file === '_not-found.html') return undefined
  const withoutExtension = file.replace(/\.html$/, '')
  if (withoutExtension === 'index') return '/'
  return routeOf(withoutExtension.replace(/\/index$/, '').split('/'))
}
