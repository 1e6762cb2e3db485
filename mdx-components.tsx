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
import type { Source } from '@/lib/content'
import type { MdxComponentName } from '@/lib/mdx-components-list'

/** Internal links go through next/link; links that leave the site say so and leak nothing. */
function MdxLink({ href = '', ...props }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) return <Link href={href} {...props} />
  if (href.startsWith('#') || href.startsWith('tel:') || href.startsWith('sms:') || href.startsWith('mailto:')) {
    return <a href={href} {...props} />
  }
  return <a href={href} rel="noopener noreferrer" {...props} />
}

/**
 * The components staff may use inside MDX, one for each name in lib/mdx-components-list.ts (the
 * list the content check and the editor read).
 */
export const mdxComponents = {
  CallUs,
  Cite,
  CrisisHelp,
  Fact,
  FactList,
  PhoneLink,
  ProgramCards,
  ProgramComparison,
} satisfies Record<MdxComponentName, MDXComponents[string]> & MDXComponents

const elements = {
  a: MdxLink,
  li: ListItem,
} satisfies MDXComponents

/**
 * What one page's MDX gets on top of the shared map: citations numbered by the page's own list of
 * sources, so <Cite source="cdc-overdose" /> shows the number of that source under "Sources".
 */
export function componentsForSources(sources: readonly Source[] = []): MDXComponents {
  return { Cite: (props: { source: string }) => <Cite {...props} sources={sources} /> }
}

export function useMDXComponents(): MDXComponents {
  return { ...elements, ...mdxComponents }
}
