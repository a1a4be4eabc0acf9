/**
 * A message area: Dutch is the source language; French and English must carry exactly the same
 * keys, which the type checker enforces. Placeholders are written `{name}`.
 */
export function defineMessages<const T extends Record<string, string>>(messages: {
	nl: T;
	fr: Record<keyof T, string>;
	en: Record<keyof T, string>;
}) {
	return messages;
}
