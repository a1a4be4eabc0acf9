import { defineMessages } from '../define';

export const grid = defineMessages({
	nl: {},
	fr: {},
	en: {}
});
