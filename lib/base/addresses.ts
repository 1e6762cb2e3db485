/**
 * Addresses: where a page's file is and what its web address is, one way and back. The content
 * loader, the content check, the after-build step, the sitemap, the bench and the tests all ask
 * here, so "a file's place under content/ is its address" holds everywhere at any depth.
 *
 *   file under content/            address              built file in out/
 *   en/index.mdx                   /                    index.html
 *   en/faq.mdx                     /faq                 faq.html
 *   en/programs/index.mdx          /programs            programs.html
 *   en/programs/sacot.mdx          /programs/sacot      programs/sacot.html
 *   es/index.mdx                   /es                  es.html
 *   es/programs/sacot.mdx          /es/programs/sacot   es/programs/sacot.html
 *
 * The two languages sit side by side, in content/en/ and content/es/ with the same file names;
 * each English page has its Spanish page at /es + its address. English addresses have no /en:
 * English is the original and the default. Static export has no middleware: the reader picks the language with a link, never by a
 * guess from headers or cookies.
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

/**
 * "en/programs/sacot.mdx" -> "/programs/sacot"; "en/programs/index.mdx" -> "/programs";
 * "es/faq.mdx" -> "/es/faq". A file outside the language folders (a single page read on its
 * own, as tests do) is read as English.
 */
export function routeForContentFile(file: string): string {
  const segments = file.replace(/\.mdx$/, '').split('/')
  if (segments[0] === ENGLISH_FOLDER) segments.shift()
  if (segments.at(-1) === 'index') segments.pop()
  return routeOf(segments)
}

/**
 * The file a page at this address would have, relative to content/: its language's folder, then
 * the plain name for a page ("en/faq.mdx", "es/faq.mdx"), index.mdx for the home page. A
 * folder's own page may also be its index.mdx (en/programs/index.mdx); the loader finds either.
 */
export function contentFileForRoute(route: string): string {
  const segments = segmentsOf(route)
  const [folder, rest] = segments[0] === SPANISH_PREFIX ? [SPANISH_PREFIX, segments.slice(1)] : [ENGLISH_FOLDER, segments]
  return `${folder}/${rest.length === 0 ? 'index' : rest.join('/')}.mdx`
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

// ---------------------------------------------------------------------------------------------
// Languages
// ---------------------------------------------------------------------------------------------

/** The site's languages. English is the original and the default (x-default). */
export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]

/** The first part of every Spanish address, and the folder of the Spanish pages under content/. */
export const SPANISH_PREFIX = 'es'

/** The folder of the English pages under content/. English addresses do not start with it. */
export const ENGLISH_FOLDER = 'en'

/** The folders under content/, one per language, with the same file names in each. */
export const LANGUAGE_FOLDERS = [ENGLISH_FOLDER, SPANISH_PREFIX] as const

/** The language of the page at an address: "/es/faq" -> "es", "/faq" -> "en". */
export function localeOfRoute(route: string): Locale {
  return segmentsOf(route)[0] === SPANISH_PREFIX ? 'es' : 'en'
}

/** The language of a page's path segments: ["es", "faq"] -> "es". */
export function localeOfSegments(segments: readonly string[]): Locale {
  return segments[0] === SPANISH_PREFIX ? 'es' : 'en'
}

/** The address of the same page in English: "/es/faq" -> "/faq", "/es" -> "/", "/faq" -> "/faq". */
export function englishRouteOf(route: string): string {
  const segments = segmentsOf(route)
  return routeOf(segments[0] === SPANISH_PREFIX ? segments.slice(1) : segments)
}

/** The address of the same page in a language: ("/faq", "es") -> "/es/faq", ("/es/faq", "en") -> "/faq". */
export function routeInLocale(route: string, locale: Locale): string {
  const english = segmentsOf(englishRouteOf(route))
  return routeOf(locale === 'es' ? [SPANISH_PREFIX, ...english] : english)
}

/** BCP 47 tags for <html lang>, hreflang, JSON-LD inLanguage and Open Graph. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en', es: 'es' }
export const CONTENT_LANGUAGE: Record<Locale, string> = { en: 'en-US', es: 'es-US' }
export const OPEN_GRAPH_LOCALE: Record<Locale, string> = { en: 'en_US', es: 'es_US' }

/** Page and folder names that mean something else to the build or the servers. */
const RESERVED_PAGE_NAMES: Record<string, string> = {
  '404': 'the page shown for an address that does not exist (404.html)',
  '500': 'the page a server may show when it fails',
}

/**
 * Why a page file (relative to content/, like "en/programs/sacot.mdx") may not have this name, or
 * undefined when it may: "404" anywhere would replace the not-found page; a folder named "index"
 * gives addresses (/programs/index) that the servers send to the folder's own page; an English
 * page or folder named "es" takes the Spanish pages' addresses.
 */
export function reservedNameProblem(file: string): { message: string; hint: string } | undefined {
  const parts = file.replace(/\.mdx$/, '').split('/')
  const [language, ...names] = parts
  for (const name of names) {
    if (name in RESERVED_PAGE_NAMES) {
      return { message: `The name "${name}" is kept for ${RESERVED_PAGE_NAMES[name]}, so no page or folder may have it.`, hint: 'Give the page another name, in words, like "page-not-found-help".' }
    }
  }
  if (names.slice(0, -1).includes('index')) {
    return { message: 'A folder named "index" is not allowed: the servers send its addresses to the page of the folder above it.', hint: 'Rename the folder. A folder\'s own page is index.mdx inside it.' }
  }
  if (language === 'en' && names[0] === 'es') {
    return { message: 'An English page or folder named "es" is not allowed: /es is where the Spanish pages start.', hint: 'Give it another name.' }
  }
  return undefined
}
