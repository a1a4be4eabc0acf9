/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });
const errors = {
	'401': error('No, an unknown or a revoked bearer token.'),
	'403': error('The token is of the wrong kind for this operation.')
};

const person = {
	lastName: { type: 'string', description: 'naam / nom', maxLength: 256 },
	firstName: { type: 'string', description: 'voornaam / prénom', maxLength: 256 },
	postcode: { type: ['string', 'number'], description: 'Belgian postcode, 4 digits' },
	birthDate: {
		type: ['string', 'number'],
		description: 'dd/mm/yyyy (day first, also with - or .), yyyy-mm-dd, or an Excel serial'
	}
};

export function openApiDocument(origin: string) {
	return {
		openapi: '3.1.0',
		info: {
			title: 'YOU-P automatische registratie',
			version: '1.0.0',
			description:
				'Hand in a list of employees; each line gets a result code: 1 registered (account created, start password mailed), 2 not needed (already has an account), 3 not found in your YOU-P user list, 4 data not correct. Price: €150 per list + €0.50 per line, at most €300. Error messages follow Accept-Language (nl, fr, en).'
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
							'application/json': { schema: ref('SubmitBatch') },
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
							content: json(ref('BatchAccepted'))
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
						{ name: 'id', in: 'path', required: true, schema: { type: 'string' } },
						{
							name: 'rows',
							in: 'query',
							schema: { type: 'integer', minimum: 0, maximum: 1000, default: 1000 }
						},
						{ name: 'after', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
						{ name: 'If-None-Match', in: 'header', schema: { type: 'string' } }
					],
					responses: {
						'200': { description: 'The list', content: json(ref('Batch')) },
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
					requestBody: {
						required: true,
						content: json({
							type: 'object',
							required: ['name'],
							properties: {
								name: { type: 'string', maxLength: 200 },
								locale: {
									type: 'string',
									enum: ['nl', 'fr', 'en'],
									description:
										'Language of the mails to its employees; without it they get nl, fr and en.'
								}
							}
						})
					},
					responses: {
						'201': {
							description: 'Created',
							content: json({
								type: 'object',
								required: ['id'],
								properties: { id: { type: 'string' } }
							})
						},
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
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
					requestBody: {
						required: true,
						content: json({
							type: 'object',
							required: ['people'],
							properties: {
								people: {
									type: 'array',
									maxItems: 100000,
									items: {
										type: 'object',
										required: ['lastName', 'firstName', 'postcode', 'birthDate'],
										properties: { ...person, email: { type: ['string', 'null'] } }
									}
								}
							}
						})
					},
					responses: {
						'200': {
							description: 'Replaced',
							content: json({
								type: 'object',
								required: ['count'],
								properties: { count: { type: 'integer' } }
							})
						},
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
					parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
					requestBody: {
						required: false,
						content: json({
							type: 'object',
							properties: { label: { type: 'string', maxLength: 100 } }
						})
					},
					responses: {
						'201': {
							description: 'Created',
							content: json({
								type: 'object',
								required: ['token'],
								properties: { id: { type: 'string' }, token: { type: 'string' } }
							})
						},
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
			schemas: {
				Row: {
					type: 'object',
					properties: { ...person, email: { type: 'string', maxLength: 254 } },
					required: ['lastName', 'firstName', 'postcode', 'birthDate', 'email']
				},
				SubmitBatch: {
					type: 'object',
					required: ['consent', 'rows'],
					properties: {
						consent: {
							type: 'boolean',
							const: true,
							description: 'You confirm your staff agreed to being registered.'
						},
						rows: { type: 'array', items: ref('Row'), minItems: 1, maxItems: 10000 },
						correctionOf: {
							type: ['string', 'null'],
							description: 'Id of an earlier list of yours that this list corrects.'
						}
					}
				},
				BatchAccepted: {
					type: 'object',
					required: ['id', 'status', 'rowCount', 'cost'],
					properties: {
						id: { type: 'string' },
						number: { type: 'integer' },
						status: { type: 'string', enum: ['queued', 'processing', 'completed'] },
						rowCount: { type: 'integer' },
						cost: ref('Cost')
					}
				},
				Cost: {
					type: 'object',
					required: ['totalCents'],
					properties: { totalCents: { type: 'integer' } }
				},
				Batch: {
					type: 'object',
					required: ['id', 'status', 'counts', 'cost', 'rows'],
					properties: {
						id: { type: 'string' },
						number: { type: 'integer' },
						status: { type: 'string', enum: ['queued', 'processing', 'completed'] },
						rowCount: { type: 'integer' },
						counts: {
							type: 'object',
							properties: {
								'1': { type: 'integer' },
								'2': { type: 'integer' },
								'3': { type: 'integer' },
								'4': { type: 'integer' }
							}
						},
						pending: { type: 'integer' },
						stuck: {
							type: 'integer',
							description: 'Lines that failed repeatedly; COLLECTIEF is alerted.'
						},
						cost: ref('Cost'),
						receivedAt: { type: 'string', format: 'date-time' },
						promisedBy: { type: 'string', format: 'date' },
						completedAt: { type: ['string', 'null'], format: 'date-time' },
						rows: {
							type: 'array',
							items: {
								type: 'object',
								required: ['line', 'code', 'reason'],
								properties: {
									line: { type: 'integer', description: '1-based, in submitted order' },
									code: { type: ['integer', 'null'], enum: [1, 2, 3, 4, null] },
									reason: {
										type: ['string', 'null'],
										description: 'e.g. registered, already-active, not-in-roster, postcode-format'
									}
								}
							}
						},
						nextAfter: {
							type: ['integer', 'null'],
							description: 'The `after` of the next page of rows; null on the last one'
						}
					}
				},
				Error: {
					type: 'object',
					required: ['error'],
					properties: {
						error: {
							type: 'object',
							required: ['code', 'message'],
							properties: { code: { type: 'string' }, message: { type: 'string' } }
						}
					}
				}
			}
		}
	};
}
