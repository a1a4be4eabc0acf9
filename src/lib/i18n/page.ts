import { page } from '$app/state';
import { defaultLocale, translator, type MessageKey, type MessageParams } from './index';

/** Translate in a component, in the language of the current page (reactive through page.data). */
export function t(key: MessageKey, params?: MessageParams): string {
	return translator(page.data.locale ?? defaultLocale)(key, params);
}
