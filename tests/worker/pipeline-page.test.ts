import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { batch } from '$lib/server/db/schema';
import {
	db,
	deliver,
	getPage,
	makeEmployer,
	ownerCookie,
	person,
	row,
	submitCaptured
} from './pipeline-helpers';

const view = (id: string, cookie: string) => getPage(`/werkgever/lijsten/${id}`, cookie);

describe('batch status page', () => {
	it('shows status, counts with words and cost to the employer only, and records the opening', async () => {
		const p = person(1, 'page');
		const mine = await makeEmployer([p]);
		const theirs = await makeEmployer([]);
		const { result, messages } = await submitCaptured({
			employerId: mine.employerId,
			rows: [row(p), row(person(2, 'page'))]
		});
		if (!result.ok) throw new Error('submit failed');
		const cookie = await ownerCookie(mine.ownerEmail);

		const queued = await view(result.batchId, cookie);
		expect(queued.status).toBe(200);
		expect(await queued.text()).toContain('Ontvangen, wacht op verwerking');
		const opened = async () =>
			(await db().select().from(batch).where(eq(batch.id, result.batchId)).get())!.resultsOpenedAt;
		expect(await opened()).toBeNull();

		await deliver(messages);
		const done = await view(result.batchId, cookie);
		const html = await done.text();
		expect(html).toContain('Lijst 1');
		expect(html).toContain('Verwerkt');
		expect(html).toContain('Geregistreerd: kreeg een mail met een startwachtwoord');
		expect(html).toContain('Niet gevonden in uw gebruikerslijst');
		expect(html).toMatch(/€\s?151,00/);
		// The results page shows the lines themselves (while their data is kept).
		expect(html).toContain(p.lastName);
		expect(await opened()).toBeInstanceOf(Date);

		const other = await view(result.batchId, await ownerCookie(theirs.ownerEmail));
		expect(other.status).toBe(404);
	});
});
