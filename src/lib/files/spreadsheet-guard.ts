/**
 * A check of an uploaded spreadsheet BEFORE SheetJS touches it, shared by the browser grid and the
 * worker (pure: DecompressionStream only, which Chromium, workerd and Node all have).
 *
 * SheetJS inflates every zip entry in memory and trusts the sizes the file declares (with a
 * declared size of 0 it grows its buffer without bound; with a small one it keeps decoding). So:
 * 1. the zip central directory is read: entry count and declared sizes are capped;
 * 2. every deflated entry is really inflated here, streaming, counting bytes and stopping at the
 *    cap — declared sizes can lie, the count cannot. An entry may not inflate past the size its
 *    local header declares (SheetJS allocates that up front), nor end short of it; declared as
 *    0, it is allowed up to the cap;
 * 3. while inflating, rows are counted (.xlsx worksheets: closing row tags; .ods content:
 *    repeated rows/cells as SheetJS would expand them), stopping at the row cap.
 * Non-zip spreadsheets (.xls binaries, HTML/text saved as .xls) are bounded by the file size and
 * by SheetJS `sheetRows`; flat OpenDocument text is scanned for repeats like .ods.
 */

interface SpreadsheetLimits {
	/** Most zip entries (Excel writes ~10–40; each picture or sheet adds one). */
	maxEntries: number;
	/** Most bytes all entries may inflate to, together. */
	maxInflatedBytes: number;
	/** Most bytes the worksheets may DECLARE before anything is inflated. */
	maxDeclaredSheetBytes: number;
	/** Most rows with cells in any one sheet. */
	maxRows: number;
	/** Most cells SheetJS would materialise from .ods repeats. */
	maxRepeatedCells: number;
}

export const SPREADSHEET_LIMITS: SpreadsheetLimits = {
	maxEntries: 1000,
	maxInflatedBytes: 64 * 1024 * 1024,
	maxDeclaredSheetBytes: 512 * 1024 * 1024,
	maxRows: 1_048_576,
	maxRepeatedCells: 2_000_000
};

/**
 * The worker's cap on inflated bytes: uploads there are at most 8 MB (API) or 5 MB (roster), and
 * workerd inflates in 4 KB chunks, so a lower cap keeps a refused bomb to about a second.
 */
export const SERVER_MAX_INFLATED_BYTES = 32 * 1024 * 1024;

type SpreadsheetVerdict =
	{ ok: true } | { ok: false; reason: 'too-large' | 'too-many-rows' | 'unreadable' };

/** Thrown by the server parsers when the guard refuses a file. */
export class SpreadsheetRefused extends Error {
	constructor(readonly reason: 'too-large' | 'too-many-rows' | 'unreadable') {
		super(`spreadsheet refused: ${reason}`);
		this.name = 'SpreadsheetRefused';
	}
}

/** True when SheetJS would read these bytes as a zip container (its own test). */
function looksLikeZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] ?? 9) < 9 && (bytes[3] ?? 9) < 9;
}

interface Entry {
	name: string;
	method: number;
	dataStart: number;
	compressed: number;
	/** The larger of the two declared sizes. */
	declared: number;
	/** The local header's size: what SheetJS allocates up front (0: it grows as it goes). */
	localDeclared: number;
}

const u16 = (b: Uint8Array, p: number) => (b[p] ?? 0) | ((b[p + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, p: number) => (u16(b, p) + u16(b, p + 2) * 0x10000) >>> 0;
const u64 = (b: Uint8Array, p: number) => u32(b, p) + u32(b, p + 4) * 0x1_0000_0000;

/** ZIP64 sizes from an extra field, as SheetJS reads them (usz first, then csz). */
function zip64(b: Uint8Array, start: number, length: number): { usz?: number; csz?: number } {
	for (let p = start; p + 4 <= start + length;) {
		const id = u16(b, p);
		const size = u16(b, p + 2);
		if (id === 0x0001) {
			return {
				usz: size >= 8 ? u64(b, p + 4) : undefined,
				csz: size >= 16 ? u64(b, p + 12) : undefined
			};
		}
		p += 4 + size;
	}
	return {};
}

/** The central directory, cross-checked with each local header; null when it is broken. */
function readZipDirectory(b: Uint8Array, maxEntries: number): Entry[] | 'too-many' | null {
	let eocd = b.length - 22;
	while (eocd >= 0 && !(b[eocd] === 0x50 && b[eocd + 1] === 0x4b && u16(b, eocd + 2) === 0x0605))
		eocd--;
	if (eocd < 0) return null;
	const count = u16(b, eocd + 8);
	if (count > maxEntries) return 'too-many';
	const entries: Entry[] = [];
	let p = u32(b, eocd + 16);
	for (let i = 0; i < count; i++) {
		if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return null;
		const nameLength = u16(b, p + 28);
		const extraLength = u16(b, p + 30);
		const ext = zip64(b, p + 46 + nameLength, extraLength);
		const compressed = ext.csz ?? u32(b, p + 20);
		const declaredCd = ext.usz ?? u32(b, p + 24);
		const local = u32(b, p + 42);
		const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLength));
		p += 46 + nameLength + extraLength + u16(b, p + 32);
		if (local + 30 > b.length || u32(b, local) !== 0x04034b50) return null;
		const localExt = zip64(b, local + 30 + u16(b, local + 26), u16(b, local + 28));
		const dataStart = local + 30 + u16(b, local + 26) + u16(b, local + 28);
		const declaredLocal = localExt.usz ?? u32(b, local + 22);
		if (dataStart + compressed > b.length) return null;
		entries.push({
			name,
			method: u16(b, local + 8),
			dataStart,
			compressed,
			declared: Math.max(declaredCd, declaredLocal),
			localDeclared: declaredLocal
		});
	}
	return entries;
}

/**
 * Counts closing row tags (`</row>`, `</x:row>`) in raw bytes across chunk boundaries: finds each
 * `>` natively and looks back for `row` preceded by `/` or `:`.
 */
function rowCounter() {
	let carry = new Uint8Array(0);
	return (chunk: Uint8Array): number => {
		const at = (k: number) => (k >= 0 ? chunk[k] : carry[carry.length + k]);
		let n = 0;
		for (let i = chunk.indexOf(0x3e); i !== -1; i = chunk.indexOf(0x3e, i + 1)) {
			const before = at(i - 4);
			if (
				at(i - 1) === 0x77 && // w
				at(i - 2) === 0x6f && // o
				at(i - 3) === 0x72 && // r
				(before === 0x2f || before === 0x3a) // / or :
			)
				n++;
		}
		carry = chunk.length >= 4 ? chunk.slice(-4) : Uint8Array.from([...carry, ...chunk].slice(-4));
		return n;
	};
}

const ODS_TAG =
	/<table:(table-row|table-cell|covered-table-cell)\b([^>]*?)(\/?)>|<\/table:table-row>/g;
const repeat = (attrs: string, name: string) => {
	const m = new RegExp(`table:number-${name}-repeated="(\\d+)"`).exec(attrs);
	return m ? Math.min(Number(m[1]), 1e9) : 1;
};

/**
 * Rows and cells SheetJS would materialise from OpenDocument content: a repeated row or cell
 * counts only when it holds something (empty repeats are how LibreOffice pads a sheet).
 */
export function odsExpansion(xml: string): { rows: number; cells: number } {
	let rows = 0;
	let cells = 0;
	let rowRepeat = 1;
	let rowHasValue = false;
	ODS_TAG.lastIndex = 0;
	for (let m = ODS_TAG.exec(xml); m; m = ODS_TAG.exec(xml)) {
		if (m[1] === 'table-row') {
			rowRepeat = repeat(m[2] ?? '', 'rows');
			rowHasValue = false;
			if (m[3]) rowRepeat = 1;
		} else if (m[1]) {
			const attrs = m[2] ?? '';
			if (!m[3] || /office:value-type=/.test(attrs)) {
				cells += repeat(attrs, 'columns') * rowRepeat;
				rowHasValue = true;
			}
		} else {
			if (rowHasValue) rows += rowRepeat;
			rowRepeat = 1;
			rowHasValue = false;
		}
	}
	return { rows, cells };
}

/**
 * Compressed input is fed in small slices, so stopping costs nothing: a bomb never gets more
 * than one slice (at most about 8 MB of output) ahead of the count.
 */
const SLICE = 8 * 1024;

async function inflateEntry(
	bytes: Uint8Array,
	entry: Entry,
	budget: number,
	onChunk: ((chunk: Uint8Array) => boolean) | null
): Promise<number | 'too-large' | 'stop' | 'unreadable'> {
	const input = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressed);
	const inflater = new DecompressionStream('deflate-raw');
	const writer = inflater.writable.getWriter();
	const reader = inflater.readable.getReader();
	let stopped = false;
	void (async () => {
		try {
			for (let at = 0; at < input.length && !stopped; at += SLICE)
				await writer.write(input.slice(at, at + SLICE));
			if (!stopped) await writer.close();
		} catch {
			// the reader sees the error (or has stopped reading)
		}
	})();
	const stop = <T>(result: T): T => {
		stopped = true;
		reader.cancel().catch(() => {});
		writer.abort().catch(() => {});
		return result;
	};
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return total;
			total += value.byteLength;
			if (total > budget) return stop('too-large');
			if (onChunk && !onChunk(value)) return stop('stop');
		}
	} catch {
		return stop('unreadable');
	}
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

export async function checkSpreadsheet(
	bytes: Uint8Array,
	limits: Partial<SpreadsheetLimits> = {}
): Promise<SpreadsheetVerdict> {
	const l = { ...SPREADSHEET_LIMITS, ...limits };
	if (!looksLikeZip(bytes)) {
		const head = new TextDecoder().decode(bytes.subarray(0, 4096));
		if (!/opendocument/i.test(head)) return { ok: true };
		const { rows, cells } = odsExpansion(new TextDecoder().decode(bytes));
		if (rows > l.maxRows) return { ok: false, reason: 'too-many-rows' };
		return cells > l.maxRepeatedCells ? { ok: false, reason: 'too-large' } : { ok: true };
	}
	const entries = readZipDirectory(bytes, l.maxEntries);
	if (entries === 'too-many') return { ok: false, reason: 'too-large' };
	if (!entries) return { ok: false, reason: 'unreadable' };
	// Cheap first refusal on declared sizes. Worksheets get more room here (a sheet with a
	// million short rows is then counted below and reported as too many rows); the inflate
	// budget still applies to them.
	const declared = (sheets: boolean) =>
		entries.reduce((sum, e) => sum + (WORKSHEET.test(e.name) === sheets ? e.declared : 0), 0);
	if (declared(false) > l.maxInflatedBytes || declared(true) > l.maxDeclaredSheetBytes)
		return { ok: false, reason: 'too-large' };
	let budget = l.maxInflatedBytes;
	for (const entry of entries) {
		if (entry.method === 0) {
			budget -= entry.compressed;
			if (budget < 0) return { ok: false, reason: 'too-large' };
			continue;
		}
		if (entry.method !== 8) return { ok: false, reason: 'unreadable' };
		let verdict: SpreadsheetVerdict = { ok: true };
		let onChunk: ((chunk: Uint8Array) => boolean) | null = null;
		if (WORKSHEET.test(entry.name)) {
			const count = rowCounter();
			let rows = 0;
			onChunk = (chunk) => {
				rows += count(chunk);
				if (rows <= l.maxRows) return true;
				verdict = { ok: false, reason: 'too-many-rows' };
				return false;
			};
		}
		let content = '';
		if (entry.name === 'content.xml') {
			const decoder = new TextDecoder();
			onChunk = (chunk) => ((content += decoder.decode(chunk, { stream: true })), true);
		}
		// An entry may not inflate past what its local header declares (SheetJS allocates that much
		// and no more): a bomb that understates its size stops at the first chunk beyond it.
		const allowed = entry.localDeclared > 0 ? Math.min(budget, entry.localDeclared) : budget;
		const result = await inflateEntry(bytes, entry, allowed, onChunk);
		if (result === 'too-large' || result === 'unreadable') return { ok: false, reason: result };
		if (result === 'stop') return verdict;
		// SheetJS allocates the local header's size before inflating and throws afterwards when it
		// was wrong: a size that lies is refused here, so no allocation exceeds what really inflates.
		if (entry.localDeclared !== 0 && entry.localDeclared !== result)
			return { ok: false, reason: 'unreadable' };
		budget -= result;
		if (content) {
			const { rows, cells } = odsExpansion(content);
			if (rows > l.maxRows) return { ok: false, reason: 'too-many-rows' };
			if (cells > l.maxRepeatedCells) return { ok: false, reason: 'too-large' };
		}
	}
	return { ok: true };
}
