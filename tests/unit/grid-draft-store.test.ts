import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	draftLines,
	draftQueue,
	packCells,
	seal,
	unpackCells,
	unseal,
	type DraftBackend,
	type SealedDraft
} from '$lib/grid/draft-store';
import { GridModel, cellsFromRow, type Cells } from '$lib/grid/model';

const ORG = 'org-a';
const LINES = [
	['Peeters', 'Jan', '2000', '15/03/1985', 'jan@example.com', ''],
	['Claes', 'An', '3000', '05/06/1979', 'an@example.com', 'fr']
];

const newKey = () =>
	crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/** An in-memory store whose writes take `writeMs` (a slow disk), logging what happens when. */
function memoryBackend(writeMs = 0) {
	const stored = new Map<string, SealedDraft>();
	const log: string[] = [];
	const wait = () => new Promise((resolve) => setTimeout(resolve, writeMs));
	const backend: DraftBackend = {
		get: async (org) => stored.get(org),
		put: async (org, value) => {
			log.push('put:start');
			await wait();
			stored.set(org, value);
			log.push('put:end');
		},
		delete: async (org) => {
			log.push('delete');
			stored.delete(org);
		}
	};
	return { stored, log, backend };
}

describe('draft store', () => {
	it('draftLines keeps exactly the lines model.rows() submits, as six strings', () => {
		const cell = fc.oneof(
			fc.constantFrom('', ' ', '\t', null, undefined, 0, 12),
			fc.string({ maxLength: 6 })
		);
		fc.assert(
			fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 20 }), (raw) => {
				const cells = raw as Cells[];
				const model = new GridModel('2026-03-02');
				model.load(cells);
				expect(draftLines(cells)).toEqual(model.rows().map(cellsFromRow));
			})
		);
	});

	it('packing the lines for the worker and unpacking them there changes nothing', () => {
		const cell = fc.oneof(
			fc.constantFrom(null, undefined, 0, 12, '', '\u0000', '😀', '\u202E'),
			fc.string({ unit: 'binary', maxLength: 8 })
		);
		fc.assert(
			fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 20 }), (raw) => {
				const cells = raw as Cells[];
				expect(draftLines(unpackCells(packCells(cells)))).toEqual(draftLines(cells));
			})
		);
	});

	it('a packed save is stored like the same lines unpacked', async () => {
		const { backend } = memoryBackend();
		const run = draftQueue(backend);
		const key = await newKey();
		await run({ type: 'save', organisationId: ORG, key, cells: packCells([...LINES, []]) });
		expect((await run({ type: 'load', organisationId: ORG, key }))?.cells).toEqual(LINES);
	});

	it('seals without plaintext and opens only with the same key and organisation', async () => {
		const key = await newKey();
		const sealed = await seal(key, ORG, LINES);
		const bytes = Buffer.from(sealed.data).toString('latin1');
		expect(bytes).not.toMatch(/Peeters|example\.com/);
		expect((await unseal(key, ORG, sealed))?.cells).toEqual(LINES);
		expect(await unseal(key, 'org-b', sealed)).toBeNull();
		expect(await unseal(await newKey(), ORG, sealed)).toBeNull();
	});

	it('a clear issued while a slow save is being written has the last word', async () => {
		const { stored, log, backend } = memoryBackend(30);
		const run = draftQueue(backend);
		const key = await newKey();
		const save = run({ type: 'save', organisationId: ORG, key, cells: LINES });
		const clear = run({ type: 'clear', organisationId: ORG });
		await Promise.all([save, clear]);
		expect(log).toEqual(['put:start', 'put:end', 'delete']);
		expect(stored.size).toBe(0);
		// And the next load finds nothing.
		expect(await run({ type: 'load', organisationId: ORG, key })).toBeNull();
	});

	it('runs requests in call order even when one fails', async () => {
		const { stored, backend } = memoryBackend(5);
		const run = draftQueue(backend);
		const key = await newKey();
		const broken = run({ type: 'save', organisationId: ORG, key: {} as CryptoKey, cells: LINES });
		const good = run({ type: 'save', organisationId: ORG, key, cells: LINES });
		await expect(broken).rejects.toBeDefined();
		await good;
		expect((await run({ type: 'load', organisationId: ORG, key }))?.cells).toEqual(LINES);
		expect(stored.size).toBe(1);
	});

	it('discards a draft it cannot read (no key, or another tab’s key) and one with only blank lines', async () => {
		const { stored, backend } = memoryBackend();
		const run = draftQueue(backend);
		const mine = await newKey();
		await run({ type: 'save', organisationId: ORG, key: mine, cells: LINES });
		expect(await run({ type: 'load', organisationId: ORG, key: await newKey() })).toBeNull();
		expect(stored.size).toBe(0);
		await run({ type: 'save', organisationId: ORG, key: mine, cells: LINES });
		expect(await run({ type: 'load', organisationId: ORG, key: null })).toBeNull();
		expect(stored.size).toBe(0);
		await run({ type: 'save', organisationId: ORG, key: mine, cells: LINES });
		await run({ type: 'save', organisationId: ORG, key: mine, cells: [['', ' ', null, '', '']] });
		expect(stored.size).toBe(0);
	});
});
