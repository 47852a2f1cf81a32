import type { Site } from '@/utils/sites/hosts';
import type { MessageKey } from '@/utils/i18n/messages';
import { useI18n } from '../../../components/i18n';

// Empty states name the console page that fills them.

export type FillingPage = 'productList' | 'productKeywords' | 'abilityModel' | 'customers';

const PAGE_KEYS: Record<Site, Partial<Record<FillingPage, MessageKey>>> = {
  aliexpress: {
    productList: 'open.aliexpress.productList',
    productKeywords: 'open.aliexpress.productKeywords',
    abilityModel: 'open.aliexpress.abilityModel',
    customers: 'open.aliexpress.customers',
  },
  taobao: {
    productList: 'open.taobao.productList',
    productKeywords: 'open.taobao.productKeywords',
    customers: 'open.taobao.customers',
  },
  alibaba: {
    productList: 'open.alibaba.productList',
    productKeywords: 'open.alibaba.productKeywords',
  },
};

/** Whether the marketplace has a console page of this kind to read. */
export const siteHasPage = (site: Site, page: FillingPage): boolean =>
  PAGE_KEYS[site][page] !== undefined;

export function OpenPageHint({
  site,
  page,
  lead,
  testId,
}: {
  site: Site;
  page: FillingPage;
  /** A sentence before the hint, such as the engine's "not enough data" message. */
  lead?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const key = PAGE_KEYS[site][page];
  return (
    <p className="empty" data-testid={testId}>
      {lead && <>{lead} </>}
      {key ? t('open.hint', { page: t(key) }) : t('tier.notOnSite')}
    </p>
  );
}
