/**
 * scrypt cost per hash in Node for the two parameter sets (chosen passwords vs start passwords).
 *
 *   node bench/run-ts.mjs bench/pipeline-scrypt.ts [hashes=20]
 */
import { hashSecret, PASSWORD_PARAMS, START_PASSWORD_PARAMS } from '$lib/server/security/scrypt';
import { randomStartPassword } from '$lib/server/lists/start-password';

const n = Number(process.argv[2] ?? 20);

async function measure(label: string, params: typeof PASSWORD_PARAMS) {
	await hashSecret('warm-up', params);
	const times: number[] = [];
	for (let i = 0; i < n; i++) {
		const start = performance.now();
		await hashSecret(randomStartPassword(), params);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const mean = times.reduce((a, b) => a + b, 0) / n;
	const memMiB = (128 * 2 ** params.ln * params.r) / 2 ** 20;
	console.log(
		`${label.padEnd(22)} N=2^${params.ln} r=${params.r} p=${params.p}  mem ${memMiB} MiB  ` +
			`mean ${mean.toFixed(1)} ms  median ${times[Math.floor(n / 2)]!.toFixed(1)} ms  ` +
			`→ ${(1000 / mean).toFixed(0)} hashes/s/core`
	);
	return mean;
}

const chosen = await measure('PASSWORD_PARAMS', PASSWORD_PARAMS);
const start = await measure('START_PASSWORD_PARAMS', START_PASSWORD_PARAMS);
console.log(`ratio ${(chosen / start).toFixed(1)}×; 1,000 start passwords ≈ ${start.toFixed(1)} s`);
