import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organization } from '$lib/server/db/schema';
import { DEMO } from '$lib/server/dev/seed';
import { db, get, post, seedWithTotp, staffSession } from './backoffice-helpers';

/** The numbers in the row of one employer on /beheer/werkgevers, in column order. */
function overviewCounts(html: string, employerId: string): number[] {
	const row = html.split('<tr').find((r) => r.includes(`/beheer/werkgevers/${employerId}"`));
	if (!row) throw new Error('employer not in the overview');
	return [...row.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
}

describe('the employers overview', () => {
	let staff: string;
	let demoId: string;
	beforeAll(async () => {
		await seedWithTotp();
		staff = await staffSession();
		const demo = await db()
			.select({ id: organization.id })
			.from(organization)
			.where(eq(organization.name, DEMO.employer.name))
			.get();
		demoId = demo!.id;
	}, 60_000);

	it('counts the people and contacts its detail pages show, for every employer', async () => {
		const overview = await (await get('/beheer/werkgevers', staff)).text();
		const people = await (await get(`/beheer/werkgevers/${demoId}/mensen`, staff)).text();
		const shownPeople = Number(/(\d+) personen/.exec(people)![1]);
		expect(shownPeople).toBe(44);
		const detail = await (await get(`/beheer/werkgevers/${demoId}`, staff)).text();
		expect(detail).toContain(DEMO.employer.email);
		expect(overviewCounts(overview, demoId)).toEqual([44, 1]);

		// A second employer with one contact and an empty roster: counted on its own, not summed.
		const created = await post(
			'/beheer/werkgevers?/create',
			{ name: 'Tel bv', locale: 'nl' },
			staff
		);
		const otherId = created.headers.get('location')!.split('/').pop()!;
		await post(
			`/beheer/werkgevers/${otherId}?/addContact`,
			{ name: 'Tel Contact', email: 'tel.contact@demo.test', role: 'owner' },
			staff
		);
		const again = await (await get('/beheer/werkgevers', staff)).text();
		expect(overviewCounts(again, otherId)).toEqual([0, 1]);
		expect(overviewCounts(again, demoId)).toEqual([44, 1]);
	});
});
