/**
 * Password rules shared by the browser (live hint) and the server (the check that counts).
 * The common-password list is in './common' — import it on the server; the browser loads it lazily.
 */
export * from './policy';
