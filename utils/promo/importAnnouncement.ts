import { CAMPAIGN_TEMPLATES, type CampaignId } from '../advice/data/campaigns';
import { extractArticle } from '../advice/promo/extract';
import {
  parseAnnouncement,
  type AnnouncementWarning,
  type ParsedPhase,
} from '../advice/promo/announcement';
import { resolveCampaign } from '../advice/promo/campaign';
import { localDateOf, yearOf } from '../advice/promo/time';
import type { Site } from '../types';
import type { OverrideDraft, OverrideMap } from './overrides';

// "Import from this page": the seller asks, the extension reads the active
// tab once (chrome.scripting.executeScript: activeTab after a toolbar click,
// host permissions on console pages), and proposes a campaign for the seller
// to confirm or edit before anything is saved.

export interface PageCopy {
  html: string;
  title: string;
  url: string;
}

export interface ImportProposal {
  name: string;
  /** The template the article updates; the seller can change it. */
  campaignId: CampaignId | undefined;
  year: number;
  phases: ParsedPhase[];
  warnings: AnnouncementWarning[];
  source: { title: string; url: string };
}

/** Reads the page copy (parsed inertly: no script of the page runs here) into a proposal. */
export function proposalFromPage(page: PageCopy, instant: Date, site?: Site): ImportProposal {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const article = extractArticle(doc);
  const fallbackYear = yearOf(localDateOf(instant, 'UTC'));
  const parsed = parseAnnouncement(article.text, {
    title: article.title || page.title,
    fallbackYear,
  });
  const proposed = parsed.campaignId;
  // A proposal for another marketplace's template is still shown, but the
  // default pick follows the store the seller is looking at.
  const campaignId =
    proposed ?? CAMPAIGN_TEMPLATES.find((t) => site === undefined || t.platform === site)?.id;
  return {
    name: parsed.name,
    campaignId,
    year: parsed.year ?? fallbackYear,
    phases: parsed.phases,
    warnings: parsed.warnings,
    source: { title: article.title || page.title, url: page.url },
  };
}

/** The edit form's starting point: the article's phases over the edition's current dates. */
export function draftFromProposal(
  proposal: Pick<ImportProposal, 'campaignId' | 'year' | 'phases'>,
  overrides: OverrideMap,
): OverrideDraft | undefined {
  const template = CAMPAIGN_TEMPLATES.find((t) => t.id === proposal.campaignId);
  if (!template) return undefined;
  const current = resolveCampaign(template, proposal.year, overrides[template.id]?.[proposal.year]);
  return {
    phases: current.phases.map((p) => {
      const found = proposal.phases.find((x) => x.id === p.id);
      return { id: p.id, start: found?.start ?? p.start, end: found?.end ?? p.end };
    }),
    deadlines: current.deadlines.map((d) => ({ id: d.id, date: d.date })),
  };
}

/** Copies the active tab's document. Needs `scripting` plus activeTab or a host permission. */
export async function readActiveTab(): Promise<PageCopy> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  const [result] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: () => ({
      html: document.documentElement.outerHTML,
      title: document.title,
      url: location.href,
    }),
  });
  const copy = result?.result as Partial<PageCopy> | undefined;
  if (!copy || typeof copy.html !== 'string') throw new Error('the page gave no content');
  return { html: copy.html, title: String(copy.title ?? ''), url: String(copy.url ?? '') };
}
