/** Daily retention run. */
export async function runScheduled(_now: Date, _env: Env): Promise<void> {}
