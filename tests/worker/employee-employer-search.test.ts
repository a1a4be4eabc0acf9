import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '$lib/server/dev/seed';
import { organization } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import {
	EMPLOYER_SEARCH_LIMIT,
	EMPLOYER_SEARCH_RULE
} from '$lib/server/self-registration/employers';
import { db, get } from './employee-helpers';

type Choice = { id: string; name: string };

/** A distinct IP per call site, so the per-IP throttle of one test never limits another. */
let ipSeq = 10;
const nextIp = () => `203.0.113.${ipSeq++}`;

async function suggest(q: string, ip = nextIp()) {
	const response = await get(`/registreer/werkgevers?q=${encodeURIComponent(q)}`, undefined, {
		'cf-connecting-ip': ip
	});
	return { status: response.status, body: (await response.json()) as { employers: Choice[] } };
}

describe('the employer search of self-registration', () => {
	const tag = `zk${newId().slice(0, 6).toLowerCase()}`;
	const ids: Record<string, string> = {};

	beforeAll(async () => {
		await seedDemo(db());
		const add = async (
			key: string,
			values: Partial<typeof organization.$inferInsert> & { name: string }
		) => {
			const row = await db()
				.insert(organization)
				.values({ slug: `t-${newId()}`, kind: 'employer', ...values })
				.returning({ id: organization.id })
				.get();
			ids[key] = row.id;
		};
		await add('active', { name: `Alfa ${tag} vzw`, enterpriseNumber: '0877373314' });
		await add('inactive', {
			name: `Beta ${tag} vzw`,
			active: false,
			enterpriseNumber: '0403227515'
		});
		await add('intermediary', { name: `Gamma ${tag} sociaal secretariaat`, kind: 'intermediary' });
		await add('collectief', { name: `Delta ${tag} COLLECTIEF`, kind: 'collectief' });
		for (let i = 0; i < EMPLOYER_SEARCH_LIMIT + 2; i++)
			await add(`many${i}`, { name: `Reeks ${tag} ${String(i).padStart(2, '0')}` });
	});

	it('finds active member employers by part of the name, answering only name and id', async () => {
		const { status, body } = await suggest(`ALFA ${tag}`);
		expect(status).toBe(200);
		expect(body.employers).toEqual([{ id: ids.active, name: `Alfa ${tag} vzw` }]);
		const all = await suggest(tag);
		const found = all.body.employers.map((e) => e.id);
		expect(found).toContain(ids.active);
		for (const hidden of ['inactive', 'intermediary', 'collectief'])
			expect(found, hidden).not.toContain(ids[hidden]);
		for (const e of all.body.employers) expect(Object.keys(e).sort()).toEqual(['id', 'name']);
	});

	it('never answers more than 10, and nothing below 3 characters', async () => {
		const many = await suggest(`Reeks ${tag}`);
		expect(many.body.employers).toHaveLength(EMPLOYER_SEARCH_LIMIT);
		expect(many.body.employers[0]!.name).toBe(`Reeks ${tag} 00`);
		for (const short of ['', 'a', 'Al', ' Al  ', 'De'])
			expect((await suggest(short)).body.employers, `"${short}"`).toEqual([]);
		// wildcards are literal: "%%%" matches no name
		expect((await suggest('%%%')).body.employers).toEqual([]);
		expect((await suggest('___')).body.employers).toEqual([]);
	});

	it('finds an employer by its enterprise number, typed any usual way', async () => {
		for (const q of ['0877.373.314', '0877373314', 'BE 0877 373', '877.373', '0877.37'])
			expect(
				(await suggest(q)).body.employers.map((e) => e.id),
				q
			).toContain(ids.active);
		// the inactive employer's number finds nothing
		expect((await suggest('0403.227.515')).body.employers.map((e) => e.id)).not.toContain(
			ids.inactive
		);
	});

	it('the page lists no employer until searched, then offers the found ones to choose', async () => {
		const blank = await (
			await get('/registreer', undefined, { 'cf-connecting-ip': nextIp() })
		).text();
		expect(blank).not.toContain('name="employerId"');
		expect(blank).not.toContain('Demo Maatwerk vzw');
		expect(blank).not.toContain(`Alfa ${tag}`);
		const searched = await (
			await get(`/registreer?werkgever=${tag}`, undefined, { 'cf-connecting-ip': nextIp() })
		).text();
		expect(searched).toContain(`type="radio" name="employerId" value="${ids.active}"`);
		expect(searched).not.toContain(ids.inactive);
		expect(searched).not.toContain(ids.intermediary);
		const short = await (
			await get('/registreer?werkgever=Al', undefined, { 'cf-connecting-ip': nextIp() })
		).text();
		expect(short).toContain('Typ minstens 3 tekens');
		expect(short).not.toContain('name="employerId" value=');
	});

	it('is throttled per IP: a crawl of every three letters is cut off', async () => {
		const ip = nextIp();
		const statuses: number[] = [];
		for (let i = 0; i <= EMPLOYER_SEARCH_RULE.threshold; i++)
			statuses.push((await suggest(`Reeks ${tag} ${i}`, ip)).status);
		expect(statuses.slice(0, EMPLOYER_SEARCH_RULE.threshold)).not.toContain(429);
		expect(statuses.at(-1)).toBe(429);
		// another address is not affected
		expect((await suggest(`Alfa ${tag}`)).status).toBe(200);
	});
});
