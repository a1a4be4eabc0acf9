// Prints the current TOTP code of the demo staff login (RFC 6238: HMAC-SHA1, 6 digits, 30 s),
// so the demo works without an authenticator app. Local demo only: the secret is public.
//   node scripts/demo-totp.js [base32-secret]
import { createHmac } from 'node:crypto';

const DEMO_SECRET = 'YOUPDEMOSTAFFTOTPSECRET234567ABC'; // = DEMO.staff.totpSecret in src/lib/server/dev/seed.ts
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(text) {
	let bits = 0;
	let value = 0;
	const out = [];
	for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
		const index = ALPHABET.indexOf(c);
		if (index < 0) throw new Error('not a base32 secret');
		value = (value << 5) | index;
		bits += 5;
		if (bits >= 8) {
			out.push((value >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
	}
	return Buffer.from(out);
}

const secret = process.argv[2] ?? DEMO_SECRET;
const step = Math.floor(Date.now() / 30_000);
const counter = Buffer.alloc(8);
counter.writeBigUInt64BE(BigInt(step));
const mac = createHmac('sha1', base32(secret)).update(counter).digest();
const code = (mac.readUInt32BE(mac[mac.length - 1] & 0x0f) & 0x7fffffff) % 1_000_000;
const left = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(
	`${String(code).padStart(6, '0')}  (valid for ${left} more seconds; each code works once)`
);
