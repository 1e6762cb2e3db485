import { Children, isValidElement, type ComponentPropsWithoutRef } from 'react'

/**
 * A list item in MDX content. One that holds nothing but a link (like the list of questions at the
 * top of the FAQ) gets the class `link-only`, so the link is styled as a tap target of its own, at
 * least 24 px tall (WCAG 2.5.8). A link inside a sentence in a list item stays part of the text.
 */
export function ListItem({ children, className, ...props }: ComponentPropsWithoutRef<'li'>) {
  const parts = Children.toArray(children).filter((child) => !(typeof child === 'string' && child.trim() === ''))
  const onlyLink =
    parts.length === 1 && isValidElement<{ href?: unknown }>(parts[0]) && typeof parts[0].props.href === 'string'
  const classes = [className, onlyLink ? 'link-only' : undefined].filter(Boolean).join(' ')
  return (
    <li className={classes || undefined} {...props}>
      {children}
    </li>
  )
}
