import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PLANS } from '../helpers/plans.ts';
import { MANIFEST, publishedUrls, readManifest } from '../../scripts/lib/url-guard.ts';

/** Every plan publishes exactly the URLs its committed manifest lists: none lost, none unrecorded. */
describe.each(PLANS)('$name', (plan) => {
	it(`publishes exactly the URLs of ${plan.content}/${MANIFEST}`, () => {
		const manifest = readManifest(join(plan.content, MANIFEST));
		expect(manifest, `${plan.content}/${MANIFEST}`).toBeDefined();
		expect(publishedUrls(plan.dist)).toEqual(manifest);
	});
});
