import { now } from '../../src/lib/server/clock';

// TEST_NOW=2031-12-31T10:00:00Z runs the unit suite on another date (server/clock.ts moves Date).
if (process.env.TEST_NOW) now({ APP_ENV: 'local', TEST_NOW: process.env.TEST_NOW });
