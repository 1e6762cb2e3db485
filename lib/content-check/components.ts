/**
 * Components' values: every fact name and phone line one that exists, and text links only to lines
 * that take texts. The messages name the nearest valid name. (Which components and props a page
 * may use at all is the allow-list's job: lib/content-check/allow-list.ts.)
 */
import { visit } from 'unist-util-visit'
import { isMdxComponentName } from '@/lib/content/mdx-components-list'
import { attributeOf, isJsx, textAttribute, type JsxElement } from '@/lib/content/mdx-text'
import { factNames, facts, listFactNames, phoneLines } from '@/lib/facts'
import { closestName } from '@/lib/base/suggest'
import { at, type Finding, type PageCheck } from '@/lib/content-check/types'

export const checkComponents: PageCheck = ({ tree }) => {
  const findings: Finding[] = []
  visit(tree, (node) => {
    if (isJsx(node)) findings.push(...checkComponent(node).map((finding) => at(node, finding)))
  })
  return findings
}

function checkComponent(node: JsxElement): Finding[] {
  const name = node.name
  // Anything else (HTML, unknown components, values in { }) is refused by the allow-list.
  if (!name || !isMdxComponentName(name)) return []
  if (name === 'Fact' || name === 'FactList') return checkFactName(name, textAttribute(node, 'name'))
  if (name === 'PhoneLink') {
    const line = textAttribute(node, 'line')
    if (line !== undefined && !(phoneLines as readonly string[]).includes(line)) {
      return [
        {
          message: `<PhoneLink> has an unknown line "${line}".`,
          hint: `Leave line out for our program number, or use one of: ${phoneLines.map((l) => `"${l}"`).join(', ')}.`,
          severity: 'error',
        },
      ]
    }
    if (attributeOf(node, 'sms').kind !== 'missing' && !takesTexts(line ?? 'program')) {
      // Whether a line takes text messages is a fact: a text link to one that does not would fail.
      return [
        {
          message: `<PhoneLink sms> makes a text-message link, but the facts say ${line && line !== 'program' ? `the line "${line}"` : 'our program number'} does not take texts.`,
          hint: 'Remove sms (and the words "or text" next to it), or set text: true for that line in content/program-facts.yaml if it really takes texts.',
          severity: 'error',
        },
      ]
    }
  }
  return []
}

function checkFactName(component: 'Fact' | 'FactList', factName: string | undefined): Finding[] {
  if (!factName) {
    return [
      {
        message: `<${component}> needs a name, to say which fact to show.`,
        hint: `Write it like <${component} name="${component === 'Fact' ? 'iop.weeks' : 'sacot.includes'}" />. CONTENT.md lists every name.`,
        severity: 'error',
      },
    ]
  }
  if (!factNames.includes(factName)) {
    const suggestion = closestName(factName, component === 'FactList' ? listFactNames : factNames)
    return [
      {
        message: `There is no fact called "${factName}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
        hint: 'Check the spelling against the list of fact names in CONTENT.md (capital letters matter).',
        severity: 'error',
      },
    ]
  }
  if (component === 'FactList' && !listFactNames.includes(factName)) {
    return [{ message: `The fact "${factName}" is a single value, not a list.`, hint: `Use <Fact name="${factName}" /> to show it inside a sentence.`, severity: 'error' }]
  }
  return []
}

/** Whether the facts say a phone line takes text messages (our own number: no text fact, so no). */
function takesTexts(line: string): boolean {
  return line in facts.crisisLines && facts.crisisLines[line as keyof typeof facts.crisisLines].text
}
