/**
 * Result templates for Pagefind's <pagefind-results> (its template syntax, not Astro's, so they
 * live here rather than in the .astro file). A result: its breadcrumb trail, its title as a
 * heading link, the excerpt, then links to the sections that matched, each named by its own
 * title with no "#" before it. The placeholder has the same shape, so nothing moves when the
 * real result replaces it.
 */
export const resultTemplate = `
<li class="search-result">
	{{#if meta.trail}}<p class="search-result__trail">{{ meta.trail }}</p>{{/if}}
	<h2 class="search-result__title"><a href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></h2>
	{{#if excerpt}}<p class="search-result__excerpt">{{+ excerpt +}}</p>{{/if}}
	{{#if sub_results}}
	<ul class="search-result__sections">
		{{#each sub_results as sub}}
		<li><a href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>{{#if sub.excerpt}}<p class="search-result__excerpt">{{+ sub.excerpt +}}</p>{{/if}}</li>
		{{/each}}
	</ul>
	{{/if}}
</li>`;

export const placeholderTemplate = `
<li class="search-result search-result--placeholder" aria-hidden="true">
	<p class="search-result__trail">&nbsp;</p>
	<p class="search-result__title">&nbsp;</p>
	<p class="search-result__excerpt">&nbsp;<br>&nbsp;</p>
</li>`;
