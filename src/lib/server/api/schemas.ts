import * as v from 'valibot';

// The bodies /api/v1 validates, and the answers it gives. The OpenAPI document (openapi.ts) is
// generated from these very schemas: a description belongs here, in a `v.description` action.

const MAX_CELL = 256;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const integer = (description?: string) =>
	description
		? v.pipe(v.number(), v.integer(), v.description(description))
		: v.pipe(v.number(), v.integer());

/** A cell as payroll software sends it: a string, or a number (postcode, Excel date serial). */
const Cell = (description: string) =>
	v.optional(
		v.pipe(
			v.union([text(MAX_CELL), v.number(), v.null()]),
			v.description(description),
			v.transform((value) => (value === null ? '' : String(value)))
		),
		''
	);

/** A text cell: a string, or absent (null counts as absent). */
const TextCell = (description: string) =>
	v.optional(
		v.pipe(
			v.nullable(text(MAX_CELL)),
			v.description(description),
			v.transform((value) => value ?? '')
		),
		''
	);

const postcode = 'Belgian postcode, 4 digits';
const birthDate = 'dd/mm/yyyy (day first, also with - or .), yyyy-mm-dd, or an Excel serial';

/** The fields of a line; `ApiRow` is what the endpoint validates a line with. */
export const RowFields = v.pipe(
	v.object({
		lastName: TextCell('naam / nom'),
		firstName: TextCell('voornaam / prénom'),
		postcode: Cell(postcode),
		birthDate: Cell(birthDate),
		email: TextCell('e-mail address; the start password is mailed there'),
		language: v.optional(
			v.pipe(
				v.nullable(text(MAX_CELL)),
				v.description(
					'Language of the start-password mail: nl, fr, en or de (also Nederlands, Français, English, Deutsch; case ignored). Absent, null or empty: the employer’s language, with the other languages below. Any other value makes the line code 4 (language-invalid).'
				),
				v.transform((value) => value ?? undefined)
			)
		)
	}),
	v.description(
		'One line of the list. A missing or null field counts as empty; a field that is wrong or empty makes the line code 4, a wholly empty line is refused (empty-row).'
	)
);

/**
 * A line is a JSON object — never an array (valibot's `object` alone takes `[]` as one) — of
 * text fields; postcode and birth date may also be numbers (a postcode, an Excel date serial).
 * A wholly empty line is refused later, by submitBatch ('empty-row'), for the grid too.
 */
export const NotAnArray = v.custom<Record<string, unknown>>((value) => !Array.isArray(value));
export const ApiRow = v.pipe(NotAnArray, RowFields);

export const SubmitBody = v.object({
	consent: v.optional(
		v.pipe(
			v.boolean(),
			v.description(
				'You confirm your staff agreed to being registered; without true the list is refused (consent-required).'
			)
		),
		false
	),
	rows: v.pipe(
		v.array(ApiRow),
		v.description('At least one line (no-rows), at most 10000 by default (too-many-rows).')
	),
	correctionOf: v.optional(
		v.nullable(
			v.pipe(text(64), v.description('Id of an earlier list of yours that this list corrects.'))
		)
	)
});

export const EmployerBody = v.object({
	name: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty(),
		v.maxLength(200),
		v.description('At most 200 characters, not only spaces.')
	),
	locale: v.optional(
		v.pipe(
			v.picklist(['nl', 'fr', 'en']),
			v.description('Language of the mails to its employees; without it they get nl, fr and en.')
		)
	)
});

/** A roster cell: a string, or a number (postcode, Excel date serial). */
const RosterCell = (description: string) =>
	v.pipe(v.union([text(MAX_CELL), v.number()]), v.description(description), v.transform(String));

export const RosterBody = v.object({
	people: v.pipe(
		v.array(
			v.object({
				lastName: text(MAX_CELL),
				firstName: text(MAX_CELL),
				postcode: RosterCell(postcode),
				birthDate: RosterCell(birthDate),
				email: v.optional(v.nullable(text(MAX_CELL)))
			})
		),
		v.description('At most 100000 people (payload-too-large).')
	)
});

export const TokenBody = v.optional(
	v.object({ label: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))) }),
	{}
);

// The answers. Endpoints build them as plain objects; tests/worker/openapi.test.ts checks real
// answers against these schemas (and so against the document).

export const Cost = v.object({ totalCents: integer('Price of the list in euro cents.') });
const BatchStatus = v.picklist(['queued', 'processing', 'completed']);

export const BatchAccepted = v.object({
	id: v.string(),
	number: integer('The list number within your organisation.'),
	status: BatchStatus,
	rowCount: integer(),
	cost: Cost
});

export const Batch = v.object({
	id: v.string(),
	number: integer('The list number within your organisation.'),
	status: BatchStatus,
	rowCount: integer(),
	counts: v.object({ '1': integer(), '2': integer(), '3': integer(), '4': integer() }),
	pending: integer('Lines not yet processed.'),
	stuck: integer('Lines that failed repeatedly; COLLECTIEF is alerted.'),
	cost: Cost,
	receivedAt: v.pipe(v.string(), v.isoTimestamp()),
	promisedBy: v.pipe(v.string(), v.isoDate()),
	completedAt: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
	rows: v.array(
		v.object({
			line: integer('1-based, in submitted order'),
			code: v.nullable(v.picklist([1, 2, 3, 4])),
			reason: v.pipe(
				v.nullable(v.string()),
				v.description('e.g. registered, already-active, not-in-roster, postcode-format')
			)
		})
	),
	nextAfter: v.pipe(
		v.nullable(integer()),
		v.description('The `after` of the next page of rows; null on the last.')
	)
});

export const EmployerCreated = v.object({ id: v.string() });
export const RosterReplaced = v.object({ count: integer('People in the list now.') });
export const TokenCreated = v.object({
	id: v.string(),
	token: v.pipe(v.string(), v.description('Shown once; only its hash is kept.'))
});

/** `{ error: { code, message, …detail } }`; detail is a position (`line`, `index`) or a `reason`. */
export const ApiErrorBody = v.object({
	error: v.looseObject({
		code: v.string(),
		message: v.pipe(v.string(), v.description('In the language of Accept-Language (nl, fr, en).'))
	})
});

/** Bodies above this are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Roster PUTs may be larger (a big employer's full list). */
export const MAX_ROSTER_BODY_BYTES = 32 * 1024 * 1024;
export const MAX_ROSTER_PEOPLE = 100_000;

/** Most result lines one GET /api/v1/batches/{id} answers (page on with `after`). */
const MAX_RESULT_ROWS = 1000;

const QueryInt = (min: number, max: number, fallback: number) =>
	v.optional(
		v.pipe(
			v.string(),
			v.regex(/^\d{1,7}$/),
			v.transform(Number),
			v.integer(),
			v.minValue(min),
			v.maxValue(max)
		),
		String(fallback)
	);

/**
 * Query of GET /api/v1/batches/{id}: once the list is completed, `rows` result lines (0–1000,
 * default 1000) after line `after` (default 0); `nextAfter` in the answer is the next page's.
 */
export const BatchQuery = v.object({
	rows: QueryInt(0, MAX_RESULT_ROWS, MAX_RESULT_ROWS),
	after: QueryInt(0, 10_000_000, 0)
});
