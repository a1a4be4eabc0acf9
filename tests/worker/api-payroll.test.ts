import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '$lib/server/db';
import { user } from '$lib/server/db/schema';
import { seedDemo, DEMO } from '$lib/server/dev/seed';
import { applyImport, previewImport } from '$lib/server/rosters/import-roster';
import { brusselsDate } from '$lib/registration/deadline';
import { findDuplicates, lineConflict } from '$lib/registration';
import { PAYROLL_FILES } from '../fixtures/payroll/embedded';
import { appNow } from './clock';
import { origin, waitFor } from './http';

// A payroll export (tests/fixtures/payroll/make-fixtures.mjs): title, print date, blank row,
// the header on row 4 with extra columns and a work and a private e-mail column, 11 people with a
// blank row between them and a footer line. The roster import and the API read it alike.
const file = (name: string) => {
	const bytes = Uint8Array.from(atob(PAYROLL_FILES[name]!), (c) => c.charCodeAt(0));
	return new File([bytes], name);
};

const api = (path: string, init: RequestInit & { token?: string } = {}) => {
	const headers = new Headers(init.headers);
	if (init.token) headers.set('authorization', `Bearer ${init.token}`);
	return exports.default.fetch(`${origin}/api/v1${path}`, { ...init, headers });
};
const postJson = (path: string, token: string, body: unknown) =>
	api(path, {
		method: 'POST',
		token,
		body: JSON.stringify(body),
		headers: { 'content-type': 'application/json' }
	});

const NAMES = [
	'Van den Bossche Marie',
	'Peeters Jan',
	'Lefèvre Françoise',
	'Müller Jürgen',
	'Dupont Zoë',
	'Janssens Els',
	'Wouters Pieter',
	'Goossens Lotte',
	'Claes Noah',
	"D'Hondt Anaïs",
	'Willems Thomas'
];

let employerId = '';
let staffId = '';
let token = '';

async function upload(name: string) {
	const form = new FormData();
	form.set('consent', 'true');
	form.set('file', file(name));
	return completed(await api('/batches', { method: 'POST', token, body: form }));
}

async function completed(response: Response) {
	expect(response.status).toBe(202);
	const accepted = (await response.json()) as { id: string; rowCount: number };
	return waitFor(
		async () => {
			const body = (await (await api(`/batches/${accepted.id}`, { token })).json()) as {
				status: string;
				rowCount: number;
				cost: { totalCents: number };
				rows: { line: number; code: number; reason: string }[];
			};
			return body.status === 'completed' && body;
		},
		'the list completed',
		{ timeoutMs: 20_000, intervalMs: 100 }
	);
}

describe('a payroll export through the roster import and the API', () => {
	beforeAll(async () => {
		await seedDemo(getDb(env.DB));
		const staff = await getDb(env.DB)
			.select({ id: user.id })
			.from(user)
			.where(eq(user.email, DEMO.staff.email))
			.get();
		staffId = staff!.id;
		const created = await postJson('/employers', DEMO.staff.token, { name: 'Payroll export test' });
		expect(created.status).toBe(201);
		employerId = ((await created.json()) as { id: string }).id;
		const minted = await postJson(`/employers/${employerId}/tokens`, DEMO.staff.token, {
			label: 'payroll'
		});
		token = ((await minted.json()) as { token: string }).token;
	}, 60_000);

	it('the staff roster import reads the 11 people below the title, work address else private', async () => {
		const db = getDb(env.DB);
		const today = brusselsDate(appNow());
		const preview = await previewImport(db, employerId, file('libreoffice.xlsx'), today);
		if (!preview.ok) throw new Error(preview.error);
		expect(preview.problems).toEqual([]);
		expect(preview.duplicates).toBe(0);
		expect(preview.people.map((p) => `${p.lastName} ${p.firstName}`)).toEqual(NAMES);
		expect(preview.people.map((p) => p.email)).toEqual([
			'marie.vdb@werk.example',
			'jan.peeters@werk.example',
			'francoise.lefevre@prive.example',
			'jurgen.muller@werk.example',
			'zoe.dupont@prive.example',
			'els.janssens@werk.example',
			'pieter.wouters@werk.example',
			'lotte.goossens@werk.example',
			'noah.claes@prive.example',
			'anais.dhondt@werk.example',
			'thomas.willems@werk.example'
		]);
		expect(preview.people[0]).toMatchObject({ birthDate: '1985-03-14', postcode: '1000' });
		const applied = await applyImport(
			db,
			employerId,
			{ json: JSON.stringify(preview.people), complete: true, confirmedRemovals: false },
			staffId
		);
		expect(applied.ok).toBe(true);
	});

	it('POST /api/v1/batches with the .xlsx registers exactly those 11 lines', async () => {
		const done = await upload('libreoffice.xlsx');
		expect(done.rowCount).toBe(11);
		expect(done.rows.map((r) => [r.line, r.code])).toEqual(NAMES.map((_, i) => [i + 1, 1]));
	});

	it('the same export as a Windows-1252 CSV gives the same 11 lines: all already registered', async () => {
		const done = await upload('libreoffice-cp1252.csv');
		expect(done.rowCount).toBe(11);
		expect(done.rows.map((r) => [r.code, r.reason])).toEqual(
			NAMES.map(() => [2, 'already-active'])
		);
	});

	it('a person listed twice, and an e-mail of someone else: the server answers what the grid says', async () => {
		const tom = {
			lastName: 'Maes',
			firstName: 'Tom',
			postcode: '9000',
			email: 'tom@payroll.example'
		};
		const ines = {
			lastName: 'Smet',
			firstName: 'Ines',
			postcode: '2000',
			email: 'ines@payroll.example'
		};
		const roster = await api(`/employers/${employerId}/roster`, {
			method: 'PUT',
			token: DEMO.staff.token,
			body: JSON.stringify({
				people: [
					{ ...tom, birthDate: '1988-02-01' },
					{ ...ines, birthDate: '1992-12-12' }
				]
			}),
			headers: { 'content-type': 'application/json' }
		});
		expect(roster.status).toBe(200);
		const rows = [
			{ ...tom, birthDate: '01/02/1988' },
			{ ...tom, birthDate: '01/02/1988', email: 'tom@prive.example' },
			{ ...ines, birthDate: '12/12/1992', email: tom.email }
		];
		// The grid's rule: line 1 normal, line 2 a later copy (2), line 3 someone else's address (4).
		const today = brusselsDate(appNow());
		expect(
			findDuplicates(rows, { today }).map((flags) => lineConflict(flags)?.code ?? null)
		).toEqual([null, 2, 4]);
		const done = await completed(await postJson('/batches', token, { consent: true, rows }));
		expect(done.rows.map((r) => [r.code, r.reason])).toEqual([
			[1, 'registered'],
			[2, 'duplicate-in-list'],
			[4, 'email-used-by-other']
		]);
		// Billed as the three lines it has: the copy costs a line (€150 + 3 × €0.50).
		expect(done.cost.totalCents).toBe(15150);
	});
});
