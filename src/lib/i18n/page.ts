import { page } from '$app/state';
import { defaultLocale, translator, type Translate } from './index';

/** Translate in a component, in the language of the current page (reactive through page.data). */
export const t: Translate = (message, ...params) =>
	translator(page.data.locale ?? defaultLocale)(message, ...params);
