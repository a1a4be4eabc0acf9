import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '$lib/server/db';
import { DEMO, seedDemo } from '$lib/server/dev/seed';
import { jsonSchemaErrors } from './json-schema';
import { origin, waitFor } from './http';

type Schema = Record<string, unknown>;
type Operation = {
	requestBody?: { content: Record<string, { schema: Schema }> };
	responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Document = {
	paths: Record<string, Record<string, Operation>>;
	components: { schemas: Record<string, Schema> };
};

// Every endpoint file under /api/v1, found at test time: a route added without its description
// in the document fails the first test.
const routeFiles = import.meta.glob<Record<string, unknown>>(
	'../../src/routes/api/v1/**/+server.ts',
	{ eager: true }
);
/** The document describes the API, not itself. */
const UNDOCUMENTED = ['/openapi.json'];
const HANDLERS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'fallback'];

/** `…/routes/api/v1/employers/[id]/roster/+server.ts` → `/employers/{id}/roster`. */
const documentPath = (file: string) =>
	file
		.replace(/^.*\/src\/routes\/api\/v1/, '')
		.replace(/\/\+server\.ts$/, '')
		.replace(/\[(\w+)\]/g, '{$1}') || '/';

const endpoints = Object.entries(routeFiles).flatMap(([file, module]) =>
	Object.keys(module)
		.filter((name) => HANDLERS.includes(name))
		.map((method) => ({ path: documentPath(file), method: method.toLowerCase() }))
);

let doc: Document;

const call = (method: string, path: string, body?: unknown, token: string = DEMO.staff.token) =>
	exports.default.fetch(`${origin}/api/v1${path}`, {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		...(body === undefined ? {} : { body: JSON.stringify(body) })
	});

/** The JSON schema the document gives for a request body or for an answer with this status. */
function schemaOf(method: string, path: string, part: 'request' | number): Schema {
	const operation = doc.paths[path]?.[method];
	const content =
		part === 'request' ? operation?.requestBody?.content : operation?.responses[part]?.content;
	const schema = content?.['application/json']?.schema;
	if (!schema) throw new Error(`no JSON schema for ${method} ${path} ${part}`);
	return schema;
}
const errorsOf = (schema: Schema, value: unknown) =>
	jsonSchemaErrors(schema, value, doc.components.schemas);

describe('the OpenAPI document', () => {
	beforeAll(async () => {
		await seedDemo(getDb(env.DB));
		const response = await exports.default.fetch(`${origin}/api/v1/openapi.json`);
		expect(response.status).toBe(200);
		doc = (await response.json()) as Document;
	});

	it('describes every method of every route file under /api/v1, and nothing else', () => {
		expect(Object.keys(routeFiles).length).toBeGreaterThanOrEqual(6);
		const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
			Object.keys(operations).map((method) => `${method} ${path}`)
		);
		const served = endpoints
			.filter((e) => !UNDOCUMENTED.includes(e.path))
			.map((e) => `${e.method} ${e.path}`);
		expect(served.length).toBeGreaterThanOrEqual(5);
		expect(documented.sort()).toEqual(served.sort());
		expect(endpoints).toContainEqual({ path: '/openapi.json', method: 'get' });
	});

	it('accepts what the endpoints accept, refuses what they refuse, and describes their answers', async () => {
		const unique = crypto.randomUUID().slice(0, 8);

		const employerBody = { name: ` OpenAPI ${unique} `, locale: 'fr' };
		expect(errorsOf(schemaOf('post', '/employers', 'request'), employerBody)).toEqual([]);
		const employer = await call('POST', '/employers', employerBody);
		expect(employer.status).toBe(201);
		const { id } = (await employer.json()) as { id: string };
		expect(errorsOf(schemaOf('post', '/employers', 201), { id })).toEqual([]);

		const people = [
			{ lastName: `Api${unique}`, firstName: 'Ann', postcode: 1000, birthDate: '1980-03-10' },
			{
				lastName: `Api${unique}`,
				firstName: 'Bert',
				postcode: '9000',
				birthDate: 29_000,
				email: null
			}
		];
		const rosterBody = { people };
		expect(errorsOf(schemaOf('put', '/employers/{id}/roster', 'request'), rosterBody)).toEqual([]);
		const roster = await call('PUT', `/employers/${id}/roster`, rosterBody);
		expect(roster.status).toBe(200);
		expect(errorsOf(schemaOf('put', '/employers/{id}/roster', 200), await roster.json())).toEqual(
			[]
		);

		const tokenBody = { label: 'openapi' };
		expect(errorsOf(schemaOf('post', '/employers/{id}/tokens', 'request'), tokenBody)).toEqual([]);
		const minted = await call('POST', `/employers/${id}/tokens`, tokenBody);
		expect(minted.status).toBe(201);
		const tokenAnswer = (await minted.json()) as { token: string };
		expect(errorsOf(schemaOf('post', '/employers/{id}/tokens', 201), tokenAnswer)).toEqual([]);

		const batchBody = {
			consent: true,
			rows: [
				{ lastName: `Api${unique}`, firstName: 'Ann', postcode: 1000, birthDate: '10/03/1980' },
				{
					lastName: `Api${unique}`,
					firstName: 'Bert',
					postcode: '9000',
					birthDate: 29_000,
					email: `bert-${unique}@test.example`,
					language: 'de'
				},
				{
					lastName: 'Nobody',
					firstName: null,
					postcode: null,
					birthDate: 'x',
					email: null,
					language: null
				}
			],
			correctionOf: null
		};
		expect(errorsOf(schemaOf('post', '/batches', 'request'), batchBody)).toEqual([]);
		// the optional language of a line is documented with the values it takes
		expect(JSON.stringify(doc)).toMatch(
			/"language":\{"anyOf".*?"description":"[^"]*nl, fr, en or de/
		);
		const submitted = await call('POST', '/batches', batchBody, tokenAnswer.token);
		expect(submitted.status).toBe(202);
		const accepted = (await submitted.json()) as { id: string };
		expect(errorsOf(schemaOf('post', '/batches', 202), accepted)).toEqual([]);

		const done = await waitFor(async () => {
			const answer = await call('GET', `/batches/${accepted.id}`, undefined, tokenAnswer.token);
			const body = (await answer.json()) as { status: string };
			return body.status === 'completed' && body;
		}, 'the list completed');
		expect(errorsOf(schemaOf('get', '/batches/{id}', 200), done)).toEqual([]);

		// Bodies of the wrong shape: the endpoint answers 400 and the document refuses them too.
		const refused: [string, string, unknown][] = [
			['post', '/employers', { name: 5 }],
			['post', '/employers', { name: 'x', locale: 'de' }],
			['put', `/employers/${id}/roster`, { people: [{ lastName: 'x' }] }],
			['post', `/employers/${id}/tokens`, { label: 7 }],
			['post', '/batches', { consent: true, rows: [['a', 'b']] }],
			['post', '/batches', { consent: true, rows: [{ lastName: 1 }] }],
			['post', '/batches', { consent: 'yes', rows: [{ lastName: 'x' }] }],
			['post', '/batches', { consent: true, rows: [{ lastName: 'x', language: 5 }] }]
		];
		for (const [method, path, body] of refused) {
			const answer = await call(
				method.toUpperCase(),
				path,
				body,
				path === '/batches' ? tokenAnswer.token : DEMO.staff.token
			);
			expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
			expect(
				errorsOf(schemaOf(method, path.replace(id, '{id}'), 400), await answer.json())
			).toEqual([]);
			const schema = schemaOf(method, path.replace(id, '{id}'), 'request');
			expect(errorsOf(schema, body), `${method} ${path} ${JSON.stringify(body)}`).not.toEqual([]);
		}

		const unauthorised = await call('GET', '/batches/x', undefined, 'not-a-token');
		expect(unauthorised.status).toBe(401);
		expect(errorsOf(schemaOf('get', '/batches/{id}', 401), await unauthorised.json())).toEqual([]);
	});
});
