/** The YOU-P API as the end-to-end benchmarks call it: JSON in and out, any status ≥ 300 throws. */
export async function call(
	base: string,
	token: string,
	method: string,
	path: string,
	body?: unknown
) {
	const response = await fetch(`${base}/api/v1${path}`, {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	if (response.status >= 300)
		throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
	return response.json() as Promise<Record<string, unknown>>;
}
