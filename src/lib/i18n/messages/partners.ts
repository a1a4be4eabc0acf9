import { defineMessages } from '../define';

export const partners = defineMessages({
	nl: {},
	fr: {},
	en: {}
});
