import type { CrmRole, CrmTeam, ImportSettings } from '../../lib/model';
import { useI18n } from '../shared/i18n-context';

interface Props {
  settings: ImportSettings;
  roles: readonly CrmRole[];
  teams: readonly CrmTeam[];
  onChange(settings: ImportSettings): void;
}

/** What every new user gets (seed 003): a role, a primary team, additional teams, and whether HubSpot sends the welcome email. */
export function ImportSettingsForm({ settings, roles, teams, onChange }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<ImportSettings>) => onChange({ ...settings, ...patch });
  const optional = (value: string) => (value === '' ? undefined : value);
  return (
    <fieldset class="import-settings" data-testid="import-settings">
      <legend>{t('people.add.settings')}</legend>
      <label class="filter" for="import-role">
        {t('people.add.role')}
        <select id="import-role" data-testid="import-role" value={settings.roleId ?? ''} onChange={(e) => set({ roleId: optional((e.target as HTMLSelectElement).value) })}>
          <option value="">{t('people.add.noRole')}</option>
          {roles.map((role) => <option key={role.id} value={role.id}>{role.name}</option>)}
        </select>
      </label>
      <label class="filter" for="import-team">
        {t('people.add.primaryTeam')}
        <select id="import-team" data-testid="import-team" value={settings.primaryTeamId ?? ''} onChange={(e) => {
          const primaryTeamId = optional((e.target as HTMLSelectElement).value);
          set({ primaryTeamId, secondaryTeamIds: settings.secondaryTeamIds.filter((id) => id !== primaryTeamId) });
        }}>
          <option value="">{t('people.add.noTeam')}</option>
          {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
        </select>
      </label>
      {teams.length > 0 && (
        <fieldset class="import-teams">
          <legend>{t('people.add.secondaryTeams')}</legend>
          {teams.filter((team) => team.id !== settings.primaryTeamId).map((team) => (
            <label key={team.id}>
              <input type="checkbox" data-testid="import-secondary-team" value={team.id} checked={settings.secondaryTeamIds.includes(team.id)} onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                set({ secondaryTeamIds: on ? [...settings.secondaryTeamIds, team.id] : settings.secondaryTeamIds.filter((id) => id !== team.id) });
              }} />
              {' '}{team.name}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        <input type="checkbox" data-testid="import-no-welcome" checked={!settings.sendWelcomeEmail} onChange={(e) => set({ sendWelcomeEmail: !(e.target as HTMLInputElement).checked })} />
        {' '}{t('people.add.noWelcome')}
      </label>
    </fieldset>
  );
}
