import { tariffParams } from '$lib/format';
import { toJsonSchemaDefs } from '@valibot/to-json-schema';
import * as schemas from './schemas';

/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Every body and answer
 * schema is generated from the valibot schemas the endpoints validate with (schemas.ts); what is
 * written here is what a schema cannot say: paths, parameters, status codes, auth.
 */
const components = {
	Row: schemas.RowFields,
	SubmitBatch: schemas.SubmitBody,
	CreateEmployer: schemas.EmployerBody,
	ReplaceRoster: schemas.RosterBody,
	CreateToken: schemas.TokenBody,
	Cost: schemas.Cost,
	BatchAccepted: schemas.BatchAccepted,
	Batch: schemas.Batch,
	EmployerCreated: schemas.EmployerCreated,
	RosterReplaced: schemas.RosterReplaced,
	TokenCreated: schemas.TokenCreated,
	Error: schemas.ApiErrorBody
};
type Component = keyof typeof components;

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of what a client sends, i.e. before transforms. */
const componentSchemas = toJsonSchemaDefs(components, {
	target: 'draft-2020-12',
	typeMode: 'input',
	// A name is trimmed before its length is checked; the descriptions say so.
	ignoreActions: ['trim'],
	overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
	// A line (ApiRow) is a not-an-array check, then RowFields; the input mode stops at the first
	// schema of a pipe, so the check stands for the line (type: object already excludes arrays).
	overrideSchema: ({ valibotSchema }) =>
		valibotSchema === schemas.NotAnArray ? ref('Row') : undefined
});

function ref(name: Component) {
	return { $ref: `#/components/schemas/${name}` };
}
const json = (name: Component) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('Error') });
const errors = {
	'401': error('No, an unknown or a revoked bearer token.'),
	'403': error('The token is of the wrong kind for this operation.')
};
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

export function openApiDocument(origin: string) {
	const price = tariffParams('en');
	return {
		openapi: '3.1.0',
		info: {
			title: 'YOU-P automatische registratie',
			version: '1.0.0',
			description: `Hand in a list of employees; each line gets a result code: 1 registered (account created, start password mailed), 2 not needed (already has an account), 3 not found in your YOU-P user list, 4 data not correct. Price (excl. VAT): ${price.base} per list + ${price.line} per line, at most ${price.cap}. Error messages follow Accept-Language (nl, fr, en).`
		},
		servers: [{ url: `${origin}/api/v1` }],
		security: [{ bearer: [] }],
		paths: {
			'/batches': {
				post: {
					summary: 'Submit a list',
					operationId: 'submitBatch',
					parameters: [
						{
							name: 'Idempotency-Key',
							in: 'header',
							required: false,
							schema: { type: 'string', maxLength: 200 },
							description:
								'Same key, same employer, same list: the first answer (202, the same batch) is returned and nothing new is created. The same key with another list (other lines, or another correctionOf) is refused with 422 idempotency-key-reused.'
						},
						{
							name: 'consent',
							in: 'query',
							required: false,
							schema: { type: 'boolean' },
							description: 'For raw CSV/XLSX bodies only.'
						},
						{ name: 'correctionOf', in: 'query', required: false, schema: { type: 'string' } }
					],
					requestBody: {
						required: true,
						content: {
							...json('SubmitBatch'),
							'multipart/form-data': {
								schema: {
									type: 'object',
									required: ['file', 'consent'],
									properties: {
										file: {
											type: 'string',
											contentMediaType: 'text/csv',
											description: 'CSV or XLSX with the same columns (header row optional)'
										},
										consent: { type: 'string', enum: ['true'] },
										correctionOf: { type: 'string' }
									}
								}
							},
							'text/csv': { schema: { type: 'string' } },
							'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
								schema: { type: 'string', contentEncoding: 'binary' }
							}
						}
					},
					responses: {
						'202': {
							description: 'Accepted; processing runs in the background.',
							headers: { Location: { schema: { type: 'string' } } },
							content: json('BatchAccepted')
						},
						'400': error(
							'consent-required, no-rows, invalid-body (a line that is not an object of text fields), or empty-row (a wholly empty line; `line` is its number)'
						),
						...errors,
						'404': error('batch-not-found (correctionOf is not one of your lists)'),
						'422': error('idempotency-key-reused (the key came earlier with another list)'),
						'413': error('too-many-rows or payload-too-large'),
						'415': error('unsupported-media-type')
					}
				}
			},
			'/batches/{id}': {
				get: {
					summary: 'Status and result per line of a list',
					description:
						'Status and counts come from the list itself (cheap to poll): while it is in progress `rows` is empty and the answer carries `Retry-After` (seconds); send the `ETag` back as `If-None-Match` to get 304 while nothing changed. Once completed, `rows` holds up to `rows` result lines after line `after`; `nextAfter` is the `after` of the next page (null on the last).',
					operationId: 'getBatch',
					parameters: [
						idParameter,
						{
							name: 'rows',
							in: 'query',
							schema: { type: 'integer', minimum: 0, maximum: 1000, default: 1000 }
						},
						{ name: 'after', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
						{ name: 'If-None-Match', in: 'header', schema: { type: 'string' } }
					],
					responses: {
						'200': { description: 'The list', content: json('Batch') },
						'304': { description: 'Not modified since the ETag sent in If-None-Match' },
						...errors,
						'404': error('Unknown, or not one of your lists.')
					}
				}
			},
			'/employers': {
				post: {
					summary: 'Create an employer (COLLECTIEF staff token)',
					operationId: 'createEmployer',
					requestBody: { required: true, content: json('CreateEmployer') },
					responses: {
						'201': { description: 'Created', content: json('EmployerCreated') },
						'400': error('invalid-body'),
						...errors
					}
				}
			},
			'/employers/{id}/roster': {
				put: {
					summary: 'Replace the employer’s YOU-P user list (staff token)',
					description:
						'People still listed keep their entry (and the link to their account); others are removed, new ones added.',
					operationId: 'replaceRoster',
					parameters: [idParameter],
					requestBody: { required: true, content: json('ReplaceRoster') },
					responses: {
						'200': { description: 'Replaced', content: json('RosterReplaced') },
						'400': error('invalid-body (with index and reason of the first bad person)'),
						...errors,
						'404': error('employer-not-found'),
						'413': error('payload-too-large')
					}
				}
			},
			'/employers/{id}/tokens': {
				post: {
					summary: 'Create an API token for the employer (staff token); shown once',
					operationId: 'createEmployerToken',
					parameters: [idParameter],
					requestBody: { required: false, content: json('CreateToken') },
					responses: {
						'201': { description: 'Created', content: json('TokenCreated') },
						'400': error('invalid-body'),
						...errors,
						'404': error('employer-not-found')
					}
				}
			}
		},
		components: {
			securitySchemes: {
				bearer: {
					type: 'http',
					scheme: 'bearer',
					description:
						'Employer tokens (payroll software) for /batches; COLLECTIEF staff tokens for /employers.'
				}
			},
			schemas: componentSchemas
		}
	};
}
