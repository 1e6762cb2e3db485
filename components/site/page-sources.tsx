import { sourceAnchor } from '@/components/mdx/cite'
import type { Locale } from '@/lib/base/addresses'
import type { Source } from '@/lib/content'
import { dictionaryFor } from '@/lib/languages/dictionary'
import { formatLongDate } from '@/lib/base/format'

/**
 * The public sources of a page's general health or legal information, under "Sources" at its
 * foot: title, publisher and the date someone read it, each linked to the publisher's own page.
 * They are numbered as the citations in the text are; each entry has an address of its own
 * (#source-<id>) and takes focus when a citation link is followed, so keyboard and screen
 * reader users land on it too.
 */
export function PageSources({ sources, locale }: { sources: readonly Source[]; locale: Locale }) {
  if (sources.length === 0) return null
  const words = dictionaryFor(locale)
  return (
    <section aria-labelledby="page-sources-title" className="page-sources mt-12 border-t border-line pt-4">
      <h2 id="page-sources-title" className="mt-0 text-xl">
        {words.sources}
      </h2>
      <p className="text-base text-muted">{words.sourcesIntro}</p>
      <ol className="text-base">
        {sources.map((source) => {
          // A source in another language than the page's is marked, for screen readers (lang) and
          // for readers ("en inglés"): a Spanish page cites English pages where no Spanish one exists.
          const language = source.language ?? 'en'
          const foreign = language !== locale
          return (
            <li key={source.id} id={sourceAnchor(source.id)} tabIndex={-1}>
              <a href={source.url} rel="noopener noreferrer" lang={foreign ? language : undefined} hrefLang={language}>
                {source.title}
              </a>
              . <span lang={foreign ? language : undefined}>{source.publisher}</span>.{foreign ? ` ${words.inOtherLanguage}.` : ''} {words.readOn}{' '}
              <time dateTime={source.accessed}>{formatLongDate(source.accessed, locale)}</time>.
            </li>
          )
        })}
      </ol>
    </section>
  )
}
