/**
 * The site's public address (SITE_URL), or undefined when the build was given none: then
 * astro.config.mjs sets a placeholder on the reserved .invalid domain, which no link may name.
 */
export function publicSite(site: URL | undefined): URL | undefined {
	return site && !site.hostname.endsWith('.invalid') ? site : undefined;
}
