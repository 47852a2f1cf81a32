import type { Site } from './hosts';

/**
 * Each platform's own time zone (docs/ADVICE.md#promo-phases): it decides
 * which day a capture belongs to, how a console's local times are read and
 * when a campaign phase begins. The one table every reader, ingest and the
 * campaign calendar use.
 */
export const PLATFORM_TIME_ZONE = {
  aliexpress: 'America/Los_Angeles',
  taobao: 'Asia/Shanghai',
  alibaba: 'Asia/Shanghai',
} as const satisfies Record<Site, string>;
