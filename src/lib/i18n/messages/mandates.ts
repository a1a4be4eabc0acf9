import { defineMessages } from '../define';

export const mandates = defineMessages({
	nl: {},
	fr: {},
	en: {}
});
