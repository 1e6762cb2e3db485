/**
 * Reading built pages with a real HTML parser (parse5, the parser jsdom uses), so a tag in a
 * comment, an attribute holding ">" or an entity in a URL is read the way a browser reads it.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5'

export type Element = DefaultTreeAdapterTypes.Element
export type Document = DefaultTreeAdapterTypes.Document
type ParentNode = DefaultTreeAdapterTypes.ParentNode

export function parseHtml(html: string): Document {
  return parse(html)
}

/** Every element of the document, in document order (the content of <template> is not rendered, so not included). */
export function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue
    yield child
    yield* elements(child)
  }
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value
}

/** The text inside an element, such as the code of an inline script or the rules of a <style>. */
export function textContent(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('')
}

/** The `rel` keywords of a <link>, lower case. */
export function relList(element: Element): string[] {
  return (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean)
}

/**
 * Whether a browser runs this <script>. The HTML standard runs a script with no type, an empty
 * one, "module" or a JavaScript MIME type; any other type (application/ld+json) is a data block.
 */
export function isExecutableScript(element: Element): boolean {
  if (element.tagName !== 'script') return false
  const type = (attribute(element, 'type') ?? '').trim().toLowerCase()
  return type === '' || type === 'module' || /^(text|application)\/(x-)?(javascript|ecmascript|jscript|livescript)\b/.test(type)
}
