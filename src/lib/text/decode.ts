/**
 * Text of a CSV file whatever Belgian Excel wrote: UTF-8 with or without byte-order mark, and
 * otherwise Windows-1252 ("CSV (gescheiden door lijstscheidingsteken)" on a Belgian Windows).
 */
type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

// Windows-1252 bytes 0x80–0x9F. Browsers decode them per the WHATWG Encoding Standard; Node
// built without full ICU treats the label as ISO-8859-1 and yields C1 controls instead.
const CP1252_HIGH =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
	return new TextDecoder('windows-1252')
		.decode(bytes)
		.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
	// Excel's "Unicode text" export: UTF-16 with a byte-order mark.
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
}

/**
 * True when decoded "text" is really binary content (a renamed spreadsheet, an image, random
 * bytes): more than 1 in 100 characters (of the first 64 Ki) a control character other than
 * tab, CR or LF, or U+FFFD from undecodable bytes.
 */
export function looksBinary(text: string): boolean {
	const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
	let controls = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd)
			controls++;
	}
	return controls * 100 > sample.length;
}
