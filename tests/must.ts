// Assertions for values a test expects to be there (noUncheckedIndexedAccess): each throws a
// message that says what was missing, instead of a TypeError further on or a silent `!`.

/** The value; fails the test with "expected <what>" when it is undefined or null. */
export function must<T>(value: T | undefined | null, what: string): T {
	if (value === undefined || value === null) throw new Error(`expected ${what}, got ${value}`);
	return value;
}

/** Element `index` of a list (negative counts from the end); fails the test when there is none. */
export function at<T>(list: readonly T[], index: number, what = 'the list'): T {
	const value = list.at(index);
	if (value === undefined)
		throw new Error(`expected element ${index} of ${what}, which has ${list.length}`);
	return value;
}

/** The list typed as having a first element, or undefined when it is empty (for waitFor). */
export function nonEmpty<T>(list: readonly T[]): [T, ...T[]] | undefined {
	const [first, ...rest] = list;
	return first === undefined ? undefined : [first, ...rest];
}
