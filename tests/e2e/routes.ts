import { getAllPages } from '@/lib/content'

/** Every route of the site, from the same loader the site is built from. */
export const routes: string[] = getAllPages().map((page) => page.route)
