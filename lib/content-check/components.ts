/**
 * Components: only those in lib/mdx-components-list.ts, values in "quotes", and every fact name
 * and phone line one that exists. The messages name the nearest valid name.
 */
import { visit } from 'unist-util-visit'
import { MDX_COMPONENT_NAMES, isMdxComponentName } from '@/lib/mdx-components-list'
import { hasCodeAttribute, isJsx, textAttribute, type JsxElement } from '@/lib/mdx-text'
import { factNames, listFactNames, phoneLines } from '@/lib/program-facts'
import { closestName } from '@/lib/suggest'
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
  // Fragments (<>…</>) and HTML elements (<abbr>) are not components; links and images inside
  // them are checked by their own checks.
  if (!name || !/^[A-Z]/.test(name)) return []
  if (!isMdxComponentName(name)) {
    const suggestion = closestName(name, MDX_COMPONENT_NAMES)
    return [
      {
        message: `There is no component called <${name}>.${suggestion ? ` Did you mean <${suggestion}>?` : ''}`,
        hint: `The components you can use are: ${MDX_COMPONENT_NAMES.map((c) => `<${c}>`).join(', ')}. CONTENT.md shows an example of each.`,
        severity: 'error',
      },
    ]
  }
  if (hasCodeAttribute(node)) {
    return [{ message: `<${name}> has a value in curly braces { }.`, hint: 'Write values in "quotes", like <Fact name="iop.weeks" />.', severity: 'error' }]
  }
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
