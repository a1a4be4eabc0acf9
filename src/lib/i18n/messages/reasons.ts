import { defineMessages } from '../define';

export const reasons = defineMessages({
	nl: {},
	fr: {},
	en: {}
});
