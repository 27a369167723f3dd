/**
 * English labels: the reference key set. Seed labels (English restatement in
 * /work/shared/seeds/README.md) are marked `// seed`; the rest are our own wording.
 * `{name}`-style placeholders are filled by `format()` in ./index.ts.
 */
export const en = {
  // Shell and navigation
  settings: 'Settings',
  navIntegrations: 'Integrations',
  navEmailIntegrations: 'Email integrations', // seed
  navUsersTeams: 'Users & Teams', // seed
  navGeneral: 'General', // seed
  navSecurity: 'Security', // seed
  navPartner: 'Partner', // seed
  navAutomation: 'Automation', // seed
  navAccountBilling: 'Account & Billing', // seed
  navConversations: 'Conversations',
  navInboxes: 'Inboxes',
  signedInAs: 'Signed in as {email}',
  cancel: 'Cancel',
  close: 'Close',
  errorGeneric: 'Something went wrong. Try again.',
  noAccessTitle: 'You no longer have access to this account',
  noAccessBody: 'Your user has been deactivated or removed from {account}.',
  notFoundTitle: 'Page not found',
  colStatus: 'Status',
  colEmail: 'Email',
  colName: 'Name',
  statusConnected: 'Connected',
  statusDisconnected: 'Disconnected',
  statusActive: 'Active',
  statusDeactivated: 'Deactivated', // seed
  // Connected emails
  connectedEmails: 'Connected emails', // seed
  colEmailAddress: 'Email address',
  colProvider: 'Provider',
  colLastSync: 'Last synced',
  statusDisabled: 'Disabled', // seed
  disable: 'Disable', // seed
  disableDialogTitle: 'Disable {address}?',
  disableDialogBody: 'HubSpot will stop logging and tracking emails from this inbox.',
  yesDisable: 'Yes, disable', // seed
  remove: 'Remove', // seed
  removeInboxDialogTitle: 'Remove {address}?',
  removeInboxDialogBody: 'The inbox will be removed from your HubSpot account.',
  yesRemoveInbox: 'Yes, remove inbox', // seed
  noConnectedEmails: 'No email is connected to your user.',
  searchConnectedEmails: 'Search connected emails',
  inboxErrorAccessRevoked: 'HubSpot no longer has access to this inbox. Reconnect it.',
  inboxErrorPasswordChanged: 'The password of this inbox changed. Reconnect it.',
  inboxErrorSyncError: 'This inbox could not be synced.',
  errInboxNotFound: 'This inbox is not connected to your user.',
  errInboxNotDisabled: 'Disable this inbox before removing it.',
  // Conversations inbox settings
  inboxSettings: 'Inbox settings',
  channels: 'Channels', // seed
  manageChannels: 'Channels of {inbox}',
  colChannel: 'Channel',
  channelCount: '{count} channels',
  teamEmail: 'Team email',
  deleteChannel: 'Delete', // seed
  deleteChannelDialogTitle: 'Delete {address}?',
  deleteChannelDialogBody: 'Emails sent to this address will no longer reach this inbox.',
  yesDelete: 'Yes, delete', // seed
  noChannels: 'No channels are connected to this inbox.',
  noInboxes: 'There are no inboxes.',
  errInboxUnknown: 'This inbox does not exist.',
  errChannelNotFound: 'This channel does not exist.',
  // Users & Teams
  tabUsers: 'Users',
  tabTeams: 'Teams',
  createUser: 'Create user', // seed
  colRole: 'Role',
  colTeam: 'Team',
  superAdmin: 'Super Admin', // seed
  actions: 'Actions', // seed
  deactivateUser: 'Deactivate user', // seed
  deactivateDialogTitle: 'Deactivate {name}?',
  deactivateDialogBody:
    'The user can no longer log in. Reassign their assets, scheduling pages and meeting rotations first. Their personal emails will be disconnected.',
  reactivateUser: 'Reactivate user', // seed
  reactivateDialogTitle: 'Reactivate {name}?',
  reactivateConfirm: 'Reactivate user', // seed
  removeFromAccount: 'Remove from account', // seed
  removeDialogTitle: 'Remove {name} from the account?',
  removeDialogReview: 'Review the records still assigned and reassign them first. This cannot be undone.',
  continue: 'Continue', // seed
  confirm: 'Confirm', // seed
  bulkDeactivate: 'Deactivate',
  bulkDialogTitle: 'Selected users: {count}',
  selectUser: 'Select {name}',
  selectAllUsers: 'Select all users',
  userDetails: 'User details',
  backToUsers: 'Back to users',
  noAssignedRecords: 'No records are assigned to this user.',
  recordsContacts: 'Contacts: {count}',
  recordsCompanies: 'Companies: {count}',
  recordsDeals: 'Deals: {count}',
  recordsTickets: 'Tickets: {count}',
  recordsWorkflows: 'Workflows: {count}',
  recordsSchedulingPages: 'Scheduling pages: {count}',
  noTeams: 'There are no teams.',
  errUserNotFound: 'This user does not exist.',
  errPointOfContact: '{email} is a point of contact in Account & Billing. Remove them from that role first.',
  errNotDeactivated: 'Deactivate {email} before removing them from the account.',
  errNotActive: '{email} is not active.',
  errSelf: 'You cannot do this to yourself here. Use Settings > General > Security.',
  // Create users
  createUsersTitle: 'Create users',
  addEmails: 'Add email address(es)', // seed
  addEmailsHint: 'Separate several email addresses with a space.',
  tabAddByEmail: 'Email addresses',
  tabCsvFile: 'A CSV file', // seed
  chooseFile: 'Choose file', // seed
  csvHint: 'Add a column Email with the addresses of your users. At most 100 users per import.',
  next: 'Next', // seed
  back: 'Back',
  permissionsStep: 'Set permissions',
  noRole: 'No role',
  noTeamAssigned: 'No team assigned', // seed
  makeSuperAdmin: 'Make Super Admin', // seed
  makeSuperAdminDialogTitle: 'Make {name} a Super Admin?',
  makeSuperAdminDialogBody: 'Super Admins can change every setting of the account, including other users.',
  errAlreadySuperAdmin: '{email} is already a Super Admin.',
  errOnlySuperAdmins: 'Only a Super Admin can make another user a Super Admin.',
  colConnectedBy: 'Connected by',
  skipWelcomeEmail: "Don't send a welcome email when this user is created", // seed
  send: 'Send', // seed
  errNoAddresses: 'Enter at least one email address.',
  errInvalidAddresses: 'Not a valid email address: {list}',
  errExistingUsers: 'Already a user of this account: {list}',
  errTooManyInCsv: 'Only 100 users can be added in a single CSV import; this file has {count}. Split it into several imports.',
  errCsvNoEmailColumn: 'The CSV file needs a column named Email.',
  errTeamSingleOnly: 'A team can only be chosen when you add a single user.',
  errSuperAdminSingleOnly: 'Super Admin can only be given when you add a single user. Do it after adding them.',
  errRoleUnknown: 'This role does not exist.',
  errTeamUnknown: 'This team does not exist.',
  // Account & Billing
  companyInfo: 'Company info', // seed
  pointsOfContact: 'Points of contact', // seed
  primaryContact: 'Primary contact', // seed
  otherContacts: 'Other points of contact',
  noOtherContacts: 'There are no other points of contact.',
  removeFromRole: 'Remove from role', // seed
  removeFromRoleDialogTitle: 'Remove {name} from this role?',
  yesRemoveFromRole: 'Yes, remove from role', // seed
  replacePrimary: 'Choose another user as primary contact',
  addToRoleDialogTitle: 'Make {name} the primary contact?',
  yesAddToRole: 'Yes, add user to role', // seed
  primaryOnlyReplaced: 'The primary contact cannot be removed, only replaced by another user.',
  errPrimaryMustBeReplaced: 'The primary contact must be replaced by another user.',
  errNotAContact: 'This user is not a point of contact.',
  // Security
  removeMe: 'Remove me from this account', // seed
  removeMeDialogTitle: 'Remove yourself from {account}?',
  removeMeBody: 'Type your email address to confirm. You keep access to your other accounts.',
  yourEmail: 'Your email address',
  removeMeConfirm: 'Remove', // seed
  removeMeBlocked: 'You are a point of contact in Account & Billing. Remove yourself from that role first.',
  errEmailMismatch: 'The email address does not match yours.',
  // Partner > Automation
  partnerDomain: 'Partner employee email domain', // seed
  partnerDomainHint:
    'Must be unique to your company, not a shared email domain such as gmail.com. Use the Client Access Manager for employees on other domains.',
  save: 'Save',
  saved: 'Saved.',
  notPartner: 'This account is not a HubSpot Solutions Partner account.',
  errNotSuperAdmin: 'You must be a Super Admin to update the partner employee email domain.',
  errSharedDomain: '{domain} is a shared email domain. Enter a domain unique to your company.',
  errInvalidDomain: 'Enter a valid domain, such as example.com.',
} as const;

export type LabelKey = keyof typeof en;
export type Labels = Readonly<Record<LabelKey, string>>;
