/**
 * A small JSON Schema (2020-12) check for the OpenAPI document's schemas: the keywords
 * @valibot/to-json-schema emits. A keyword it does not know fails the check instead of passing
 * silently, so a schema the document grows is either checked or noticed.
 */
type Schema = Record<string, unknown>;

const annotations = new Set(['description', 'title', 'default', 'examples', 'format']);

const typeOf = (value: unknown) =>
	value === null
		? 'null'
		: Array.isArray(value)
			? 'array'
			: Number.isInteger(value)
				? 'integer'
				: typeof value;

/** Errors of `value` against `schema` (empty: valid); `$ref`s resolve in `schemas`. */
export function jsonSchemaErrors(
	schema: Schema,
	value: unknown,
	schemas: Record<string, Schema>,
	at = '$'
): string[] {
	const errors: string[] = [];
	for (const [keyword, rule] of Object.entries(schema)) {
		if (annotations.has(keyword)) continue;
		switch (keyword) {
			case '$ref': {
				const name = String(rule).replace('#/components/schemas/', '');
				const target = schemas[name];
				if (!target) errors.push(`${at}: unknown $ref ${String(rule)}`);
				else errors.push(...jsonSchemaErrors(target, value, schemas, at));
				break;
			}
			case 'type': {
				const allowed = ([] as string[]).concat(rule as string | string[]);
				const actual = typeOf(value);
				const ok = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
				if (!ok) errors.push(`${at}: ${actual}, not ${allowed.join('|')}`);
				break;
			}
			case 'enum':
				if (!(rule as unknown[]).includes(value)) errors.push(`${at}: not one of the enum`);
				break;
			case 'const':
				if (value !== rule) errors.push(`${at}: not ${JSON.stringify(rule)}`);
				break;
			case 'anyOf':
				if (!(rule as Schema[]).some((s) => jsonSchemaErrors(s, value, schemas, at).length === 0))
					errors.push(`${at}: matches none of anyOf`);
				break;
			case 'minLength':
			case 'maxLength':
				if (typeof value === 'string') {
					const length = [...value].length;
					if (keyword === 'minLength' ? length < Number(rule) : length > Number(rule))
						errors.push(`${at}: length ${length}, ${keyword} ${String(rule)}`);
				}
				break;
			case 'minItems':
			case 'maxItems':
				if (Array.isArray(value)) {
					if (keyword === 'minItems' ? value.length < Number(rule) : value.length > Number(rule))
						errors.push(`${at}: ${value.length} items, ${keyword} ${String(rule)}`);
				}
				break;
			case 'items':
				if (Array.isArray(value))
					value.forEach((item, i) =>
						errors.push(...jsonSchemaErrors(rule as Schema, item, schemas, `${at}[${i}]`))
					);
				break;
			case 'required':
				if (typeOf(value) === 'object')
					for (const key of rule as string[])
						if (!(key in (value as object))) errors.push(`${at}: ${key} is required`);
				break;
			case 'properties':
				if (typeOf(value) === 'object')
					for (const [key, sub] of Object.entries(rule as Record<string, Schema>))
						if (key in (value as object))
							errors.push(
								...jsonSchemaErrors(sub, (value as Schema)[key], schemas, `${at}.${key}`)
							);
				break;
			case 'additionalProperties':
				if (typeOf(value) === 'object') {
					const known = Object.keys((schema.properties as object | undefined) ?? {});
					for (const [key, item] of Object.entries(value as Schema))
						if (!known.includes(key)) {
							if (rule === false) errors.push(`${at}: ${key} is not allowed`);
							else if (typeof rule === 'object')
								errors.push(...jsonSchemaErrors(rule as Schema, item, schemas, `${at}.${key}`));
						}
				}
				break;
			default:
				errors.push(`${at}: the check does not know the keyword ${keyword}`);
		}
	}
	return errors;
}
