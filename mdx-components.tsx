import type { MDXComponents } from 'mdx/types'
import Link from 'next/link'
import type { ComponentPropsWithoutRef } from 'react'
import { CallUs } from '@/components/mdx/call-us'
import { Cite } from '@/components/mdx/cite'
import { CrisisHelp } from '@/components/mdx/crisis-help'
import { Fact, FactList } from '@/components/mdx/fact'
import { ListItem } from '@/components/mdx/list-item'
import { PhoneLink } from '@/components/mdx/phone-link'
import { ProgramCards } from '@/components/mdx/program-cards'
import { ProgramComparison } from '@/components/mdx/program-comparison'
import type { Locale } from '@/lib/base/addresses'
import type { Source } from '@/lib/content'
import type { MdxComponentName } from '@/lib/content/mdx-components-list'

/** Internal links go through next/link; links that leave the site say so and leak nothing. */
function MdxLink({ href = '', ...props }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...props} />
  if (href.startsWith('#') || href.startsWith('tel:') || href.startsWith('sms:') || href.startsWith('mailto:')) {
    return <a href={href} {...props} />
  }
  return <a href={href} rel="noopener noreferrer" {...props} />
}

/**
 * The components staff may use inside MDX, one for each name in lib/content/mdx-components-list.ts (the
 * list the content check and the editor read), in the language of the page they are on: the
 * catch-all route hands a page the set for its language (`<Body components={…} />`), so
 * <Fact name="iop.weeks" /> on a Spanish page shows Spanish words. A page cannot choose the
 * language itself: `locale` is no prop a page may write.
 */
export function mdxComponentsFor(locale: Locale, sources?: readonly Source[]) {
  return {
    CallUs: (props: Omit<ComponentPropsWithoutRef<typeof CallUs>, 'locale'>) => <CallUs {...props} locale={locale} />,
    // Citations are numbered by the page's own list of sources (the number of that source under "Sources").
    Cite: (props: { source: string }) => <Cite {...props} sources={sources} locale={locale} />,
    CrisisHelp: () => <CrisisHelp locale={locale} />,
    Fact: (props: { name: string }) => <Fact {...props} locale={locale} />,
    FactList: (props: { name: string }) => <FactList {...props} locale={locale} />,
    PhoneLink,
    ProgramCards: () => <ProgramCards locale={locale} />,
    ProgramComparison: () => <ProgramComparison locale={locale} />,
  } satisfies Record<MdxComponentName, MDXComponents[string]> & MDXComponents
}

/** The English set without sources, which MDX uses when a page is rendered without the route (tests, the editor). */
export const mdxComponents = mdxComponentsFor('en')

const elements = {
  a: MdxLink,
  li: ListItem,
} satisfies MDXComponents

export function useMDXComponents(): MDXComponents {
  return { ...elements, ...mdxComponents }
}
