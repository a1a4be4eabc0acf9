// Partner platforms (Benefits@Work, Xtra Present): provisioning over their own queue, statuses,
// single sign-on hand-off. Entry points for the rest of the app are re-exported here.
export {
	partnerConfig,
	partnerConfigs,
	partnerName,
	isPartnerId,
	maxPartnerAttempts,
	PARTNER_QUEUE
} from './config';
export type { PartnerConfig, PartnerId } from './config';
export type { PartnerConnector } from './connector';
export {
	requestPartnerProvisioning,
	partnerProvisioning,
	requestPartnerDeprovisioning,
	partnerStatusesFor,
	partnerFailures,
	partnerRetrying,
	partnerSummary,
	retryPartner
} from './links';
export type { PartnerStatus, PartnerMessage } from './links';
export { handlePartnerBatch } from './consumer';
export { ssoLink, partnerHandOff } from './sso';
export { localPartnerFetcher } from './local-fetcher';
