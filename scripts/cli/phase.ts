import { parseArgs } from 'node:util';
import { getTemplate, resolveCampaign } from '../../utils/engines/promo/campaign';
import { editionAt, phaseAt } from '../../utils/engines/promo/phase';
import { CAMPAIGN_TEMPLATES } from '../../utils/engines/data/campaigns';

export const PHASE_USAGE = 'cli phase --campaign <id> --at <ISO instant> [--year N]';

/**
 * `phase --campaign <id> --at <ISO instant> [--year N]`: which phase of the
 * campaign the instant falls in, in the campaign's own time zone. Without
 * --year, the edition running at (or next after) the instant.
 */
export async function phaseCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      campaign: { type: 'string' },
      at: { type: 'string' },
      year: { type: 'string' },
    },
  });
  if (!values.campaign || !values.at) {
    console.error(`usage: ${PHASE_USAGE}`);
    return 2;
  }
  const template = getTemplate(values.campaign);
  if (!template) {
    console.error(
      `unknown campaign "${values.campaign}"; one of: ${CAMPAIGN_TEMPLATES.map((t) => t.id).join(', ')}`,
    );
    return 2;
  }
  const instant = new Date(values.at);
  if (Number.isNaN(instant.getTime())) {
    console.error(`--at is not an ISO instant: ${values.at}`);
    return 2;
  }
  let campaign;
  if (values.year !== undefined) {
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 1970 || year > 2200) {
      console.error(`--year is not a year: ${values.year}`);
      return 2;
    }
    campaign = resolveCampaign(template, year);
  } else {
    campaign = editionAt(template, instant);
  }
  const at = phaseAt(campaign, instant);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  console.log(
    JSON.stringify(
      {
        campaign: campaign.id,
        year: campaign.year,
        timeZone: campaign.timeZone,
        localDate: at.localDate,
        phase: at.phase,
        phaseStart: iso(at.phaseStart),
        phaseEnd: iso(at.phaseEnd),
        next: at.next ? { phase: at.next.phase, start: iso(at.next.start) } : null,
        estimate: campaign.estimate,
        phases: campaign.phases.map((p) => ({
          id: p.id,
          start: p.start,
          end: p.end,
          estimate: p.estimate,
        })),
      },
      null,
      2,
    ),
  );
  return 0;
}
