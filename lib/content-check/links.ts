/**
 * Links: every link to our own pages (and #anchor) goes somewhere that exists; no phone number is
 * typed into a link. (Which kinds of address a link may have at all is the allow-list's job, and
 * HTML links are refused there.)
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Nodes } from 'mdast'
import { visit } from 'unist-util-visit'
import { localeOfRoute, routeInLocale } from '@/lib/base/addresses'
import { closestName } from '@/lib/base/suggest'
import { at, type CheckContext, type Finding, type PageCheck, type PageSource } from '@/lib/content-check/types'

export const checkLinks: PageCheck = (entry, context) => {
  const findings: Finding[] = []
  visit(entry.tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return
    const finding = checkLink(node.url, entry, context)
    if (finding) findings.push(at(node as Nodes, finding))
  })
  return findings
}

function checkLink(url: string, entry: PageSource, { byRoute, publicDir }: CheckContext): Finding | undefined {
  if (/^(tel|sms):/i.test(url)) {
    return { message: `The link "${url}" has a phone number typed by hand.`, hint: 'Use <PhoneLink /> instead, so the number comes from the program facts.', severity: 'error' }
  }
  if (!url.startsWith('/') && !url.startsWith('#')) return undefined // other websites and email: not ours to check
  const [pathPart, encodedAnchor] = url.split('#', 2)
  // Markdown writes a heading's letters with accents percent-encoded in a link ("#qu%C3%A9-..."),
  // as browsers read them; the heading's id has the letters themselves.
  const anchor = encodedAnchor === undefined ? undefined : safeDecode(encodedAnchor)
  const route = pathPart === '' ? entry.route : pathPart.replace(/\/+$/, '') || '/'
  const target = byRoute.get(route)
  if (!target) {
    const decodedPath = pathPart ? decodedOrUndefined(pathPart) : undefined
    if (pathPart && decodedPath === undefined) {
      return {
        message: `The link "${url}" has a % sign that is not part of a valid code (like %20).`,
        hint: 'Write the address as the page or file is named, without % signs: /faq, /images/group.jpg.',
        severity: 'error',
      }
    }
    if (decodedPath && fs.existsSync(path.join(publicDir, decodedPath))) return undefined
    const suggestion = closestName(route, [...byRoute.keys()])
    return {
      message: `The link to "${url}" goes to a page that does not exist.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      hint: 'Links to our own pages start with / and match a page file: /faq is content/en/faq.mdx, /programs/sacot is content/en/programs/sacot.mdx, /es/faq is content/es/faq.mdx.',
      severity: 'error',
    }
  }
  // A Spanish reader follows a link to the Spanish page, where there is one.
  if (localeOfRoute(entry.route) === 'es' && localeOfRoute(route) === 'en') {
    const spanish = routeInLocale(route, 'es')
    if (byRoute.has(spanish)) {
      return {
        message: `This Spanish page links to the English page "${url}", which has a Spanish page.`,
        hint: `Link to ${spanish}${anchor ? `#…` : ''} instead. Link to an English page only where it has no Spanish page, and say that it is in English ("en inglés").`,
        severity: 'error',
      }
    }
  }
  if (anchor && !target.anchors.has(anchor)) {
    const suggestion = closestName(anchor, [...target.anchors])
    return {
      message: `The link to "${url}" points to a part of the page (#${anchor}) that does not exist.${suggestion ? ` Did you mean "#${suggestion}"?` : ''}`,
      hint: 'The part after # is made from a heading on that page: lowercase, with spaces turned into hyphens and punctuation dropped ("How long does an IOP last?" becomes #how-long-does-an-iop-last). If the heading changed, change the link too.',
      severity: 'error',
    }
  }
  return undefined
}

function safeDecode(text: string): string {
  return decodedOrUndefined(text) ?? text
}

function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}
