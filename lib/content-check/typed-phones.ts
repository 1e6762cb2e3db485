/** Phone numbers come from the facts, as tap-to-call links: none typed into the text. */
import { visit } from 'unist-util-visit'
import { at, offsetPosition, type Finding, type PageCheck } from '@/lib/content-check/types'

/** A North American phone number typed by hand. */
const TYPED_PHONE = /\b(?:1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/g

export const checkTypedPhones: PageCheck = ({ tree }) => {
  const findings: Finding[] = []
  visit(tree, 'text', (node) => {
    for (const match of node.value.matchAll(TYPED_PHONE)) {
      findings.push(
        at(offsetPosition(node, match.index), {
          message: `The phone number "${match[0]}" is typed by hand.`,
          hint: 'Use <PhoneLink /> (or <PhoneLink line="samhsa" /> and the like), so the number comes from the program facts and is a tap-to-call link.',
          severity: 'error',
        }),
      )
    }
  })
  return findings
}
