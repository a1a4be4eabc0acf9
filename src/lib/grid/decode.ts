/**
 * Text of a CSV file whatever Belgian Excel wrote: UTF-8 with or without byte-order mark, and
 * otherwise Windows-1252 ("CSV (gescheiden door lijstscheidingsteken)" on a Belgian Windows).
 */
export type TextEncodingName = 'utf-8' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}
