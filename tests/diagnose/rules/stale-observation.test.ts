import { describe, expect, it } from 'vitest';
import { staleObservation } from '../../../lib/diagnose/rules/stale-observation';
import { channel, crmRow, NOW, snapshot } from '../fixtures';

const OLD = '2026-10-01T09:00:00.000Z';

describe('stale-observation', () => {
  it('a connected inbox last seen 52 days ago: info, with its age', () => {
    const [finding] = staleObservation.run(snapshot({ observations: [crmRow('a@x.example', 'connected', OLD)] }), NOW);
    expect(finding).toMatchObject({ severity: 'info', subject: 'a@x.example' });
    expect(finding?.planFlow).toBeUndefined();
    expect(finding?.evidence).toEqual([`crm:connected@app.hubspot.com/settings/4480123/user-preferences/email:${OLD}`, 'age-days:52']);
  });

  it('only the newest reading counts, and a disabled inbox can go stale too', () => {
    const refreshed = snapshot({ observations: [crmRow('a@x.example', 'connected', OLD), crmRow('a@x.example', 'connected')] });
    expect(staleObservation.run(refreshed, NOW)).toEqual([]);
    expect(staleObservation.run(snapshot({ observations: [crmRow('b@x.example', 'disabled', OLD)] }), NOW)).toHaveLength(1);
  });

  it('is silent at 30 days, for removed inboxes, team inboxes and never-seen ones', () => {
    const thirty = '2026-10-23T12:00:00.000Z';
    const worlds = [
      snapshot({ observations: [crmRow('a@x.example', 'connected', thirty)] }),
      snapshot({ observations: [crmRow('b@x.example', 'removed', OLD)] }),
      snapshot({ observations: [crmRow('c@x.example', 'connected', OLD)], channelAccounts: [channel('c@x.example')] }),
      snapshot({ channelAccounts: [channel('d@x.example', { syncedAt: OLD })] }),
    ];
    for (const world of worlds) expect(staleObservation.run(world, NOW)).toEqual([]);
  });
});
