import { CAMPAIGN_TEMPLATES, type CampaignId } from '../data/campaigns';
import { extractArticle } from './extract';
import type { AnnouncementWarning, ParsedDeadline, ParsedPhase } from './announcement';
import { resolveCampaign, type ResolvedDeadline } from './campaign';
import { localDateOf, yearOf } from './time';
import type { Site } from '../../types';
import type { OverrideDraft, OverrideMap } from '../../db/promo/overrides';

// "Import from this page": the seller asks, the extension reads the active
// tab once (chrome.scripting.executeScript: activeTab after a toolbar click,
// host permissions on console pages), and proposes a campaign for the seller
// to confirm or edit before anything is saved. The parser (with its
// Traditional-to-Simplified table) is loaded on that click only, so the side
// panel does not carry it until the seller imports.

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
  /** Registration dates the article states, sorted by date. */
  deadlines: ParsedDeadline[];
  warnings: AnnouncementWarning[];
  source: { title: string; url: string };
}

/** Reads the page copy (parsed inertly: no script of the page runs here) into a proposal. */
export async function proposalFromPage(
  page: PageCopy,
  instant: Date,
  site?: Site,
): Promise<ImportProposal> {
  const { parseAnnouncement } = await import('./announcement');
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
    deadlines: parsed.deadlines,
    warnings: parsed.warnings,
    source: { title: article.title || page.title, url: page.url },
  };
}

/** The edit form's starting point: the article's phases over the edition's current dates. */
/**
 * The template deadline each found date fills: deadlines of the same kind, in
 * date order (a template's registration deadline takes the article's first
 * 报名截止). Found dates beyond the template's slots fill nothing.
 */
export function matchDeadlines(
  slots: readonly Pick<ResolvedDeadline, 'id' | 'kind' | 'date'>[],
  found: readonly ParsedDeadline[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const kind of ['deadline', 'opens'] as const) {
    const open = slots
      .filter((s) => s.kind === kind)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const dates = found.filter((d) => d.kind === kind).map((d) => d.date);
    open.forEach((slot, i) => {
      const date = dates[i];
      if (date !== undefined) out.set(slot.id, date);
    });
  }
  return out;
}

export function draftFromProposal(
  proposal: Pick<ImportProposal, 'campaignId' | 'year' | 'phases'> &
    Partial<Pick<ImportProposal, 'deadlines'>>,
  overrides: OverrideMap,
): OverrideDraft | undefined {
  const template = CAMPAIGN_TEMPLATES.find((t) => t.id === proposal.campaignId);
  if (!template) return undefined;
  const current = resolveCampaign(template, proposal.year, overrides[template.id]?.[proposal.year]);
  const found = matchDeadlines(current.deadlines, proposal.deadlines ?? []);
  return {
    phases: current.phases.map((p) => {
      const found = proposal.phases.find((x) => x.id === p.id);
      return { id: p.id, start: found?.start ?? p.start, end: found?.end ?? p.end };
    }),
    deadlines: current.deadlines.map((d) => ({ id: d.id, date: found.get(d.id) ?? d.date })),
  };
}
