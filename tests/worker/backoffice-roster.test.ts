import { describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { eq } from 'drizzle-orm';
import { diffRoster } from '$lib/server/rosters/diff-roster';
import { applyRoster, loadRoster } from '$lib/server/rosters/apply-roster';
import { parseRosterFile } from '$lib/server/rosters/parse-roster-file';
import { escapeCell, toCsv } from '$lib/export/escape-cell';
import { auditEvent, organization } from '$lib/server/db/schema';
import { newId } from '$lib/server/db/ids';
import { db } from './backoffice-helpers';

const marie = {
	lastName: 'Van den Bossche',
	firstName: 'Marie',
	birthDate: '1986-04-12',
	postcode: '9000',
	email: 'marie@demo.test'
};
const jan = {
	lastName: 'Peeters',
	firstName: 'Jan',
	birthDate: '1979-11-03',
	postcode: '2000',
	email: null
};
const els = {
	lastName: 'Janssens',
	firstName: 'Els',
	birthDate: '1990-02-28',
	postcode: '3000',
	email: 'els@demo.test'
};

describe('roster diff', () => {
	it('finds added, changed (same key, same e-mail, or moved house) and removed people', () => {
		const existing = [
			{ id: 'a', ...marie },
			{ id: 'b', ...jan },
			{ id: 'c', ...els }
		];
		const incoming = [
			{ ...marie, lastName: 'VANDENBOSSCHE', email: 'marie@demo.test' }, // same key, new spelling
			{ ...jan, postcode: '2018' }, // moved: same name and birth date
			{
				lastName: 'Nieuw',
				firstName: 'Nina',
				birthDate: '2000-01-01',
				postcode: '1000',
				email: null
			}
		];
		const diff = diffRoster(existing, incoming);
		expect(diff.added.map((p) => p.firstName)).toEqual(['Nina']);
		expect(diff.changed.map((c) => c.id).sort()).toEqual(['a', 'b']);
		expect(diff.removed.map((p) => p.id)).toEqual(['c']);
		expect(diff.unchanged).toBe(0);
		// an e-mail match catches a changed birth date
		const byEmail = diffRoster(existing, [{ ...els, birthDate: '1990-02-27' }]);
		expect(byEmail.changed.map((c) => c.id)).toEqual(['c']);
		expect(diffRoster(existing, [marie, jan, els]).unchanged).toBe(3);
	});

	it('applies a roster to D1 and audits counts only', async () => {
		const employer = await db()
			.insert(organization)
			.values({ name: 'Roster vzw', slug: `r-${newId()}`, kind: 'employer' })
			.returning({ id: organization.id })
			.get();
		expect(await applyRoster(db(), employer.id, [marie, jan], null)).toEqual({
			added: 2,
			changed: 0,
			removed: 0,
			unchanged: 0
		});
		expect(
			await applyRoster(db(), employer.id, [{ ...jan, postcode: '2018' }, els], 'actor')
		).toEqual({ added: 1, changed: 1, removed: 1, unchanged: 0 });
		const roster = await loadRoster(db(), employer.id);
		expect(roster.map((p) => `${p.firstName} ${p.postcode}`).sort()).toEqual([
			'Els 3000',
			'Jan 2018'
		]);
		const audit = await db()
			.select()
			.from(auditEvent)
			.where(eq(auditEvent.organisationId, employer.id))
			.all();
		expect(audit.map((a) => a.action)).toEqual(['roster.import', 'roster.import']);
		expect(JSON.stringify(audit)).not.toMatch(/Peeters|Janssens|els@demo/);
	});

	it('reads an .xlsx with headers in any order and real date cells, reporting bad lines', async () => {
		const sheet = utils.aoa_to_sheet([
			['Prénom', 'Nom', 'Date de naissance', 'Code postal', 'Courriel'],
			['Marie', 'Van den Bossche', 31514, '9000', 'Marie@Demo.test'],
			['Jan', 'Peeters', '03/11/1979', '2000', ''],
			['Bad', 'Postcode', '01/01/1990', '0999', ''],
			['Marie', 'Van den Bossche', 31514, '9000', 'marie@demo.test']
		]);
		const book = utils.book_new();
		utils.book_append_sheet(book, sheet, 'x');
		const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
		const parsed = await parseRosterFile(bytes, 'lijst.xlsx', '2026-11-23');
		expect(parsed.people).toEqual([marie, { ...jan }]);
		expect(parsed.problems).toEqual([{ line: 4, reason: 'postcode-format' }]);
		expect(parsed.duplicates).toBe(1);
		const csv = new TextEncoder().encode(
			'naam;voornaam;postcode;geboortedatum\nPeeters;Jan;2000;3/11/1979\n'
		);
		expect((await parseRosterFile(csv, 'l.csv', '2026-11-23')).people).toEqual([jan]);
	});
});

describe('formula-injection escaping', () => {
	it('neutralises cells starting with = + - @ tab or CR, and leaves the rest alone', () => {
		for (const bad of ['=1+1', '+32 2', '-5', '@SUM(A1)', '\tx', '\rx'])
			expect(escapeCell(bad)).toBe(`'${bad}`);
		for (const good of ['Marie', '', "D'Hondt", ' =x']) expect(escapeCell(good)).toBe(good);
		expect(toCsv([['=cmd|"/c calc"!A1', 150.5, 'a;b']])).toBe(
			'\uFEFF"\'=cmd|""/c calc""!A1";150.5;"a;b"\r\n'
		);
	});
});
