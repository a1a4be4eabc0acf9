import { defineMessages } from '../define';

export const employee = defineMessages({
	nl: {},
	fr: {},
	en: {}
});
