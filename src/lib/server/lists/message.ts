import * as v from 'valibot';
import { Id } from '../db/ids';

/** A queue message: ids and a line range only, never personal data. Lines are 1-based, inclusive. */
export const LineRangeMessage = v.object({
	v: v.literal(1),
	batchId: Id,
	from: v.pipe(v.number(), v.integer(), v.minValue(1)),
	to: v.pipe(v.number(), v.integer(), v.minValue(1))
});
export type LineRangeMessage = v.InferOutput<typeof LineRangeMessage>;

/** The producer side, so tests and the re-drive can hand in any sender. */
export type LineRangeSender = Pick<Queue<LineRangeMessage>, 'sendBatch'>;

/** Splits lines 1..rowCount (or the given lines) into message ranges. */
function lineRanges(lines: number[], size: number): LineRangeMessage[] {
	const sorted = [...lines].sort((a, b) => a - b);
	const out: LineRangeMessage[] = [];
	for (let i = 0; i < sorted.length; i += size) {
		const chunk = sorted.slice(i, i + size);
		out.push({ v: 1, batchId: '', from: chunk[0]!, to: chunk[chunk.length - 1]! });
	}
	return out;
}

export async function enqueueRanges(
	queue: LineRangeSender,
	batchId: string,
	lines: number[],
	size: number,
	perSend: number
): Promise<number> {
	const messages = lineRanges(lines, size).map((m) => ({ body: { ...m, batchId } }));
	for (let i = 0; i < messages.length; i += perSend) {
		await queue.sendBatch(messages.slice(i, i + perSend));
	}
	return messages.length;
}
