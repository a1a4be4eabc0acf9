import * as v from 'valibot';

const MAX_CELL = 256;
/** A cell as payroll software sends it: a string, or a number (postcode, Excel date serial). */
const Cell = v.optional(
	v.pipe(
		v.union([v.string(), v.number(), v.null()]),
		v.transform((value) => (value === null ? '' : String(value))),
		v.maxLength(MAX_CELL)
	),
	''
);

/** A text cell: a string, or absent (null counts as absent). */
const TextCell = v.optional(
	v.pipe(
		v.nullable(v.string()),
		v.transform((value) => value ?? ''),
		v.maxLength(MAX_CELL)
	),
	''
);

/**
 * A line is a JSON object — never an array (valibot's `object` alone takes `[]` as one) — of
 * text fields; postcode and birth date may also be numbers (a postcode, an Excel date serial).
 * A wholly empty line is refused later, by submitBatch ('empty-row'), for the grid too.
 */
export const ApiRow = v.pipe(
	v.custom<Record<string, unknown>>((value) => !Array.isArray(value)),
	v.object({
		lastName: TextCell,
		firstName: TextCell,
		postcode: Cell,
		birthDate: Cell,
		email: TextCell
	})
);

export const SubmitBody = v.object({
	consent: v.optional(v.boolean(), false),
	rows: v.array(ApiRow),
	correctionOf: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64))))
});

export const EmployerBody = v.object({
	name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200)),
	locale: v.optional(v.picklist(['nl', 'fr', 'en']))
});

export const RosterBody = v.object({
	people: v.array(
		v.object({
			lastName: v.pipe(v.string(), v.maxLength(MAX_CELL)),
			firstName: v.pipe(v.string(), v.maxLength(MAX_CELL)),
			postcode: v.pipe(
				v.union([v.string(), v.number()]),
				v.transform(String),
				v.maxLength(MAX_CELL)
			),
			birthDate: v.pipe(
				v.union([v.string(), v.number()]),
				v.transform(String),
				v.maxLength(MAX_CELL)
			),
			email: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_CELL))))
		})
	)
});

export const TokenBody = v.optional(
	v.object({ label: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))) }),
	{}
);

/** Bodies above this are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Roster PUTs may be larger (a big employer's full list). */
export const MAX_ROSTER_BODY_BYTES = 32 * 1024 * 1024;
export const MAX_ROSTER_PEOPLE = 100_000;

/** Most result lines one GET /api/v1/batches/{id} answers (page on with `after`). */
export const MAX_RESULT_ROWS = 1000;

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

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Answer of GET /api/v1/batches/{id}; `rows` stays empty until the list is completed. */
export const BatchResponse = v.object({
	id: v.string(),
	number: Count,
	status: v.picklist(['queued', 'processing', 'completed']),
	rowCount: Count,
	counts: v.object({ '1': Count, '2': Count, '3': Count, '4': Count }),
	pending: Count,
	stuck: Count,
	cost: v.object({ totalCents: Count }),
	receivedAt: v.string(),
	promisedBy: v.string(),
	completedAt: v.nullable(v.string()),
	rows: v.array(
		v.object({
			line: Count,
			code: v.nullable(v.picklist([1, 2, 3, 4])),
			reason: v.nullable(v.string())
		})
	),
	nextAfter: v.nullable(Count)
});
