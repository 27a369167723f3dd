import { browser } from 'wxt/browser';
import { createRouter } from '../messaging/router';
import { handleSyncAlarm } from '../sync';
import { contentHosts } from '../pages/hosts';
import { startBadgeUpdater } from './badge';
import { handlers } from './handlers';
import { startFindingsRefresher } from './findings-refresher';
import { startHealthMonitor } from './health-monitor';
import { configureSidePanel } from './side-panel';
import { forgetTab } from './tab-mailboxes';
import { resumeRunningPlans } from './plan-resume';
import { handleImportAlarm, resumeRunningImports } from './people/import-service';
import { startPlanGrower } from './plan-grower';
import { deferStartupWork } from './startup-work';
import { enforcePolicy, watchPolicy } from './policy';
import { welcomeOnInstall } from './welcome';

/**
 * Wires the background. Called synchronously at the top of the service worker, so the listeners
 * exist before the event that woke the worker is dispatched. No state lives in module globals:
 * everything a handler needs is in IndexedDB or storage.session.
 */
export function registerBackground(): void {
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    contentHosts: contentHosts(),
  });
  const startupWork = deferStartupWork(startOwedWork);
  browser.runtime.onMessage.addListener((message, sender) => {
    const answer = route(message, sender);
    void answer.then(startupWork.answered, startupWork.answered);
    return answer;
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.alarms.onAlarm.addListener((alarm) => void handleSyncAlarm(alarm));
  browser.alarms.onAlarm.addListener(handleImportAlarm);
  browser.runtime.onInstalled.addListener((details) => {
    void configureSidePanel();
    void welcomeOnInstall(details).catch((error: unknown) => console.warn('[inboxlink] welcome:', error instanceof Error ? error.message : error));
  });
  browser.runtime.onStartup.addListener(() => void configureSidePanel());
  watchPolicy();
}

/** What every worker start owes, after its first answer (./startup-work). */
function startOwedWork(): void {
  startBadgeUpdater();
  // Every worker start: the organisation's policy into the settings, then the periodic alarm (at
  // the locked interval, if any) and the resume alarm of a pass a killed worker left open.
  void enforcePolicy().catch((error: unknown) => console.warn('[inboxlink] policy and alarms:', error instanceof Error ? error.message : error));
  // Findings follow the store: re-diagnosed shortly after any change to what the rules read.
  startFindingsRefresher();
  // Portal health: today's count per status for the chart, and the admin's alert when it is on.
  startHealthMonitor();
  // Plans a killed worker left mid-step: verify, never re-run.
  void resumeRunningPlans().catch((error: unknown) => console.warn('[inboxlink] plans:', error instanceof Error ? error.message : error));
  // User imports a killed worker left: settle each unanswered create by looking it up, then go on.
  void resumeRunningImports().catch((error: unknown) => console.warn('[inboxlink] imports:', error instanceof Error ? error.message : error));
  // Plans composed without a provider step grow it once a page, a sign-in or a sync names the provider.
  startPlanGrower();
}
