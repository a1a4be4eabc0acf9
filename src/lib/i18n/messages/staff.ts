import { defineMessages } from '../define';

export const staff = defineMessages({
	nl: {},
	fr: {},
	en: {}
});
