import Link from 'next/link'
import { PhoneLink } from '@/components/mdx/phone-link'
import { mainNavLinks } from '@/lib/navigation'

/**
 * The page for an address that does not exist. It says so plainly and offers the main pages and
 * the phone number. There is no search: the site is small enough to list.
 */
export function NotFoundHelp() {
  return (
    <article className="prose max-w-prose pt-6">
      <h1>We cannot find this page</h1>
      <p>The address may have a typing mistake in it, or the page may have moved.</p>
      <h2>Try one of these pages</h2>
      <ul>
        {[{ href: '/', label: 'Home' }, ...mainNavLinks()].map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
      <h2>Or talk to us</h2>
      <p>
        You can also call us at <PhoneLink /> and ask.
      </p>
    </article>
  )
}
