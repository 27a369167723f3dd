import type { Handlers } from '../../messaging/router';
import { authHandlers } from './auth';
import { syncHandlers } from './sync';
import { uiHandlers } from './ui';
import { planHandlers } from './plans';
import { peopleHandlers } from './people';
import { chipPlace } from './chip-place';
import { dataClear } from './data-clear';
import { dataExport } from './data-export';
import { guideCurrentStep } from './guide-current-step';
import { mailboxStatus } from './mailbox-status';
import { mailboxesSummary } from './mailboxes-summary';
import { observationActed } from './observation-acted';
import { observationSnapshot } from './observation-snapshot';
import { pageDrift } from './page-drift';
import { partnerSeen } from './partner-seen';
import { partnerChangeDomain } from './partner/change-domain';
import { settingsSet } from './settings-set';
import { healthAlertSet } from './health-alert-set';
import { supportReport } from './support-report';
import { sidepanelOpen } from './sidepanel-open';

/** The background's handler map: one file per message. */
export const handlers: Handlers = {
  'observation/snapshot': observationSnapshot,
  'observation/acted': observationActed,
  'mailbox/status': mailboxStatus,
  'mailboxes/summary': mailboxesSummary,
  'sidepanel/open': sidepanelOpen,
  'page/drift': pageDrift,
  'chip/place': chipPlace,
  'partner/seen': partnerSeen,
  'partner/change-domain': partnerChangeDomain,
  'guide/current-step': guideCurrentStep,
  'settings/set': settingsSet,
  'data/clear': dataClear,
  'data/export': dataExport,
  'support/report': supportReport,
  'health/alert-set': healthAlertSet,
  ...syncHandlers,
  ...authHandlers,
  ...uiHandlers,
  ...planHandlers,
  ...peopleHandlers,
};
